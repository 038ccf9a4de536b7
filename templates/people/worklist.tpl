{{%AUTOESCAPE context="HTML"}}
<h1>{{_ Mes dossiers _}}</h1>
<p class="lead">{{_ Les dossiers les plus urgents d'abord : documents de séjour qui expirent, tâches en retard, dossiers sans action depuis 60 jours. _}}</p>
{{#ERASED}}<p class="success" role="status">{{_ Les données personnelles du dossier sont effacées. _}}</p>{{/ERASED}}
<p><a class="button button-primary" href="/accompagnement/nouveau">{{_ Nouveau dossier _}}</a> <a class="button" href="/propositions">{{_ Mes propositions et suivis après embauche _}}</a></p>
{{#HAS_FOLLOW_UPS}}<section aria-labelledby="h-follow-ups">
  <h2 id="h-follow-ups">{{_ Suivis après embauche à venir _}}</h2>
  <ul id="worklist-follow-ups">
{{#FOLLOW_UP}}    <li data-months="{{MONTHS}}">{{NAME}} — <a href="/propositions#follow-up-{{ID}}">{{_ suivi à _}} {{MONTHS}} {{_ mois _}}</a>, {{_ prévu le _}} {{DUE}}{{#OVERDUE}} <strong>{{_ (à faire) _}}</strong>{{/OVERDUE}}</li>
{{/FOLLOW_UP}}  </ul>
</section>{{/HAS_FOLLOW_UPS}}
<form method="get" action="/accompagnement" role="search" class="filters">
  <div class="field">
    <label for="field-q">{{_ Nom _}}</label>
    <input id="field-q" name="q" type="search" value="{{Q}}" autocomplete="off">
  </div>
  <div class="field">
    <label for="field-etape">{{_ Étape _}}</label>
    <select id="field-etape" name="etape">
      <option value="">{{_ Toutes _}}</option>
{{#STAGE_OPTION}}      <option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/STAGE_OPTION}}    </select>
  </div>
  <div class="field">
    <label for="field-metier">{{_ Métier visé (code ROME) _}}</label>
    <input id="field-metier" name="metier" type="text" value="{{OCCUPATION}}" autocomplete="off">
  </div>
  <div><button type="submit" class="primary">{{_ Filtrer _}}</button></div>
</form>
{{#HAS_LINES}}
<div class="table-wrap">
<table>
  <caption class="visually-hidden">{{_ Dossiers suivis, du plus urgent au moins urgent _}}</caption>
  <thead><tr><th scope="col">{{_ Personne _}}</th><th scope="col">{{_ Urgence _}}</th><th scope="col">{{_ Étape _}}</th><th scope="col">{{_ Métier visé _}}</th></tr></thead>
  <tbody>
{{#LINE}}    <tr><td><a href="/accompagnement/{{ID}}">{{NAME}}</a></td><td>{{URGENCY}}</td><td>{{STAGE}}</td><td>{{TARGET}}</td></tr>
{{/LINE}}  </tbody>
</table>
</div>
{{/HAS_LINES}}
{{#NO_LINE}}<p role="status">{{_ Aucun dossier ne correspond. _}}</p>{{/NO_LINE}}
{{#HAS_SHARED}}
<h2 id="h-shared">{{_ Dossiers partagés avec nous _}}</h2>
<div class="table-wrap">
<table aria-labelledby="h-shared">
  <thead><tr><th scope="col">{{_ Personne _}}</th><th scope="col">{{_ Partagé par _}}</th><th scope="col">{{_ Jusqu'au _}}</th></tr></thead>
  <tbody>
{{#SHARED_LINE}}    <tr><td><a href="/accompagnement/{{ID}}">{{NAME}}</a></td><td>{{FROM}}</td><td>{{ENDS_ON}}</td></tr>
{{/SHARED_LINE}}  </tbody>
</table>
</div>
{{/HAS_SHARED}}
