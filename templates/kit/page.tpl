{{%AUTOESCAPE context="HTML"}}
<p><a href="/entreprises/kit">{{_ Kit interculturel _}}</a></p>
<article class="kit-page" id="kit-{{SLUG}}">
<h1>{{TITLE}}</h1>
{{BODY:none}}
</article>
<section class="notice" aria-labelledby="kit-help">
  <h2 id="kit-help">{{_ Besoin d'un coup de main ? _}}</h2>
  <p>{{_ La coordination de l'IBEFE Liège et les services d'insertion vous accompagnent gratuitement, avant et après l'embauche. _}}</p>
  <p><a class="button button-primary" href="/entreprises/demande-accompagnement?sujet={{TOPIC}}&amp;depuis={{SLUG}}">{{_ Demander un accompagnement _}}</a></p>
</section>
<nav aria-labelledby="kit-more">
  <h2 id="kit-more">{{_ Les autres pages du kit _}}</h2>
  <ul>
{{#OTHER}}    <li><a href="/entreprises/kit/{{SLUG}}">{{TITLE}}</a></li>
{{/OTHER}}  </ul>
</nav>
