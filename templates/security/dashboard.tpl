{{%AUTOESCAPE context="HTML"}}
<h1>{{_ Bonjour, {{NAME}} _}}</h1>
<p class="lead">{{_ Votre rôle : {{ROLE}} _}}</p>
{{#ORGANISATION}}
<p>{{ORG_NAME}} · {{ORG_KIND}}</p>
{{/ORGANISATION}}
<h2>{{_ Que voulez-vous faire ? _}}</h2>
<ul>
{{#CAN_FOLLOW}}  <li><a href="/accompagnement">{{_ Mes dossiers : les personnes que je suis _}}</a></li>
  <li><a href="/accompagnement/nouveau">{{_ Ouvrir un nouveau dossier _}}</a></li>
{{/CAN_FOLLOW}}{{#CAN_SEE_OWN}}  <li><a href="/mon-dossier">{{_ Mon dossier : le voir, corriger mes coordonnées, gérer mes accords _}}</a></li>
{{/CAN_SEE_OWN}}{{#CAN_MANAGE_OFFERS}}  <li><a href="/entreprises/offres">{{_ Mes offres : les suivre, les modifier, les renouveler _}}</a></li>
  <li><a href="/offres/publier">{{_ Publier une nouvelle offre _}}</a></li>
{{/CAN_MANAGE_OFFERS}}{{#CAN_EDIT_COMPANY}}  <li><a href="/entreprises/fiche">{{_ Fiche de l'entreprise : adresse, secteur, personne de contact _}}</a></li>
  <li><a href="/entreprises/collegues">{{_ Inviter un ou une collègue de l'entreprise _}}</a></li>
{{/CAN_EDIT_COMPANY}}{{#CAN_REVIEW}}  <li><a href="/coordination/revue">{{_ Valider les entreprises et les offres _}}</a></li>
{{/CAN_REVIEW}}{{#CAN_INVITE}}  <li><a href="/invitations/nouvelle">{{_ Inviter une personne _}}</a></li>
{{/CAN_INVITE}}{{#CAN_ASK_SUPPORT}}  <li><a href="/entreprises/kit">{{_ Le kit interculturel : accueillir, le français au travail, ce que dit la loi _}}</a></li>
  <li><a href="/entreprises/demande-accompagnement">{{_ Demander un accompagnement à la coordination _}}</a></li>
{{/CAN_ASK_SUPPORT}}{{#CAN_HANDLE_SUPPORT}}  <li><a href="/coordination/demandes">{{_ Répondre aux demandes d'accompagnement des employeurs _}}</a></li>
{{/CAN_HANDLE_SUPPORT}}{{#CAN_READ_OUTCOMES}}  <li><a href="/coordination/resultats">{{_ Voir les résultats des mises à l'emploi : propositions, stages, PFI, embauches _}}</a></li>
{{/CAN_READ_OUTCOMES}}{{#CAN_AUDIT}}  <li><a href="/audit">{{_ Consulter le journal d'audit _}}</a></li>
{{/CAN_AUDIT}}  <li><a href="/compte">{{_ Gérer mon compte : mot de passe, double authentification, langue _}}</a></li>
</ul>
<p class="muted">{{_ Les offres et les propositions arrivent bientôt dans cet espace. _}}</p>
