{{%AUTOESCAPE context="HTML"}}
<h1>{{_ Espace entreprises _}}</h1>
<p class="lead">{{_ Vous avez un poste à pourvoir ? PrimoWork vous met en lien avec des personnes qualifiées, accompagnées par un service d'insertion, et vous aide avant et après l'embauche. _}}</p>
<ul class="cards" id="employer-links">
  <li class="card">
    <h2>{{_ Publier une offre _}}</h2>
    <p>{{_ En deux minutes, sans créer de compte : une adresse e-mail et le numéro d'entreprise suffisent. L'IBEFE Liège vérifie l'entreprise avant la première publication. _}}</p>
    <a class="button button-primary" href="/offres/publier">{{_ Publier une offre _}}</a>
  </li>
  <li class="card">
    <h2>{{_ Mes offres _}}</h2>
    <p>{{_ Vos offres, leur état, ce qui vous attend ; modifier, clôturer, marquer une offre comme pourvue. Avec un compte employeur. _}}</p>
    <a class="button" href="/entreprises/offres">{{_ Ouvrir mon espace _}}</a>
  </li>
  <li class="card">
    <h2>{{_ Mon entreprise _}}</h2>
    <p>{{_ La fiche de l'entreprise (adresse, secteur, personne de contact) et les collègues qui publient avec vous. Avec un compte employeur. _}}</p>
    <p><a href="/entreprises/fiche">{{_ Fiche de l'entreprise _}}</a> · <a href="/entreprises/collegues">{{_ Mes collègues _}}</a></p>
  </li>
  <li class="card">
    <h2>{{_ Kit interculturel _}}</h2>
    <p>{{_ Accueillir une nouvelle recrue, travailler avec un collègue qui apprend le français, ce que dit la loi sur l'embauche d'une personne de nationalité non européenne. _}}</p>
    <a class="button" href="/entreprises/kit">{{_ Lire le kit _}}</a>
  </li>
  <li class="card">
    <h2>{{_ Demander un accompagnement _}}</h2>
    <p>{{_ Une question sur un permis, une médiation dans l'équipe, des cours de français : la coordination vous répond, gratuitement. _}}</p>
    <a class="button" href="/entreprises/demande-accompagnement">{{_ Demander un accompagnement _}}</a>
  </li>
</ul>
<p><a href="/offres">{{_ Voir les offres publiées _}}</a></p>
