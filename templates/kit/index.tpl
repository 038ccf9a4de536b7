{{%AUTOESCAPE context="HTML"}}
<h1>{{_ Kit interculturel pour les employeurs _}}</h1>
<p class="lead">{{_ Quelques pages courtes pour bien accueillir et faire travailler une personne venue d'un pays hors de l'Union européenne, et pour savoir ce que la loi permet. Elles ne remplacent pas un conseil juridique : pour un cas précis, demandez un accompagnement. _}}</p>
<ul class="cards" id="kit-pages">
{{#PAGE}}  <li class="card">
    <h2><a href="/entreprises/kit/{{SLUG}}">{{TITLE}}</a></h2>
    <p>{{SUMMARY}}</p>
  </li>
{{/PAGE}}</ul>
<section class="notice" aria-labelledby="kit-help">
  <h2 id="kit-help">{{_ Besoin d'un coup de main ? _}}</h2>
  <p>{{_ La coordination de l'IBEFE Liège et les services d'insertion vous accompagnent gratuitement, avant et après l'embauche. _}}</p>
  <p><a class="button button-primary" href="/entreprises/demande-accompagnement">{{_ Demander un accompagnement _}}</a></p>
</section>
<p><a href="/entreprises">{{_ Retour à l'espace entreprises _}}</a></p>
