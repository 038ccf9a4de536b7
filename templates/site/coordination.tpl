{{%AUTOESCAPE context="HTML"}}
<h1>{{_ Espace coordination _}}</h1>
<p class="lead">{{_ Pour l'IBEFE Liège : vérifier les entreprises et les offres, répondre aux demandes des employeurs, suivre ce qui se passe sur la plateforme. Ces pages demandent un compte de coordination. _}}</p>
<ul class="cards" id="coordination-links">
  <li class="card">
    <h2>{{_ Validation des entreprises et des offres _}}</h2>
    <p>{{_ Les entreprises à valider et les offres signalées par le contrôle automatique, avec leurs raisons. _}}</p>
    <a class="button button-primary" href="/coordination/revue">{{_ Ouvrir la file de validation _}}</a>
  </li>
  <li class="card">
    <h2>{{_ Demandes d'accompagnement _}}</h2>
    <p>{{_ Les demandes envoyées par les employeurs depuis le kit interculturel ou leur espace. _}}</p>
    <a class="button" href="/coordination/demandes">{{_ Voir les demandes _}}</a>
  </li>
  <li class="card">
    <h2>{{_ Résultats des mises à l'emploi _}}</h2>
    <p>{{_ Personnes proposées, entretiens, stages, PFI et embauches sur une période, par organisation et par secteur, à télécharger en CSV. _}}</p>
    <a class="button" href="/coordination/resultats">{{_ Voir les résultats _}}</a>
  </li>
  <li class="card">
    <h2>{{_ Inviter une personne _}}</h2>
    <p>{{_ Un conseiller d'un service d'insertion ou un employeur d'une entreprise validée. _}}</p>
    <a class="button" href="/invitations/nouvelle">{{_ Inviter _}}</a>
  </li>
  <li class="card">
    <h2>{{_ Journal d'audit _}}</h2>
    <p>{{_ Qui a fait quoi, et quand : connexions, refus d'accès, décisions. _}}</p>
    <a class="button" href="/audit">{{_ Consulter le journal _}}</a>
  </li>
</ul>
<p><a href="/offres">{{_ Voir les offres publiées _}}</a> · <a href="/entreprises/kit">{{_ Le kit interculturel des employeurs _}}</a></p>
