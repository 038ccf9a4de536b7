{{%AUTOESCAPE context="HTML"}}
<h1>{{HEADING}}</h1>
<p class="lead">{{INTRO}}</p>
<div class="notice" role="status">
  <h2>{{_ Bientôt disponible _}}</h2>
  <p>{{_ Cet espace est en construction. Voici ce qu'il vous permettra de faire : _}}</p>
  <ul>
{{#COMING}}
    <li>{{ITEM}}</li>
{{/COMING}}
  </ul>
  <p>{{_ En attendant, contactez l'IBEFE Liège ou votre service d'insertion. _}}</p>
</div>
<p><a href="/">{{_ Retour à l'accueil _}}</a></p>
