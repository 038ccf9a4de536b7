{{%AUTOESCAPE context="HTML"}}
<h1>{{_ Résultats des mises à l'emploi _}}</h1>
<p class="lead">{{_ Ce que les propositions des conseillers ont donné sur une période : personnes proposées, entretiens, stages, PFI, embauches et suites des stages. _}}</p>
{{#ERRORS}}
<div class="error-summary" role="alert">
  <h2>{{_ Veuillez corriger ceci : _}}</h2>
  <ul>
{{#ERROR}}    <li><a href="#{{FIELD_ID}}">{{MESSAGE}}</a></li>
{{/ERROR}}  </ul>
</div>
{{/ERRORS}}
<form method="get" action="/coordination/resultats" id="outcomes-period" novalidate>
  <fieldset>
    <legend>{{_ Période _}}</legend>
    <div class="filters">
      <div class="field">
        <label for="field-from">{{_ Du _}}</label>
{{#FROM_ERROR}}        <span class="field-error" id="from-error">{{MESSAGE}}</span>
{{/FROM_ERROR}}        <input id="field-from" name="du" type="date" value="{{FROM}}"{{#FROM_ERROR}} aria-invalid="true" aria-describedby="from-error"{{/FROM_ERROR}}>
      </div>
      <div class="field">
        <label for="field-to">{{_ Au _}}</label>
{{#TO_ERROR}}        <span class="field-error" id="to-error">{{MESSAGE}}</span>
{{/TO_ERROR}}        <input id="field-to" name="au" type="date" value="{{TO}}"{{#TO_ERROR}} aria-invalid="true" aria-describedby="to-error"{{/TO_ERROR}}>
      </div>
    </div>
    <button type="submit" class="secondary">{{_ Afficher _}}</button>
  </fieldset>
</form>
{{#REPORT}}
<p><a class="button" href="{{CSV_URL}}" id="outcomes-csv" download>{{_ Télécharger ces chiffres (CSV) _}}</a></p>
<h2 id="overall-title">{{_ Ensemble _}}</h2>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="overall-caption">
<table id="outcomes-overall">
  <caption id="overall-caption">{{_ Toutes les organisations, du _}} {{FROM}} {{_ au _}} {{TO}}</caption>
  <thead><tr><th scope="col">{{_ Indicateur _}}</th><th scope="col">{{_ Valeur _}}</th></tr></thead>
  <tbody>
{{#FIGURE}}    <tr id="figure-{{ID}}"><th scope="row">{{LABEL}}</th><td>{{VALUE}}</td></tr>
{{/FIGURE}}  </tbody>
</table>
</div>
<h2>{{_ Par organisation _}}</h2>
{{#ORGANISATIONS_EMPTY}}<p>{{_ Aucune proposition dans cette période. _}}</p>
{{/ORGANISATIONS_EMPTY}}{{#ORGANISATIONS_TABLE}}<div class="table-wrap" role="region" tabindex="0" aria-labelledby="organisations-caption">
<table id="outcomes-organisations">
  <caption id="organisations-caption">{{_ Par organisation du conseiller qui propose _}}</caption>
  <thead><tr><th scope="col">{{_ Organisation _}}</th>{{#COLUMN}}<th scope="col">{{HEADING}}</th>{{/COLUMN}}</tr></thead>
  <tbody>
{{#ROW}}    <tr><th scope="row">{{NAME}}</th>{{#CELL}}<td>{{VALUE}}</td>{{/CELL}}</tr>
{{/ROW}}  </tbody>
</table>
</div>
{{/ORGANISATIONS_TABLE}}
<h2>{{_ Par secteur _}}</h2>
{{#SECTORS_EMPTY}}<p>{{_ Aucune proposition dans cette période. _}}</p>
{{/SECTORS_EMPTY}}{{#SECTORS_TABLE}}<div class="table-wrap" role="region" tabindex="0" aria-labelledby="sectors-caption">
<table id="outcomes-sectors">
  <caption id="sectors-caption">{{_ Par secteur de l'entreprise qui recrute _}}</caption>
  <thead><tr><th scope="col">{{_ Secteur _}}</th>{{#COLUMN}}<th scope="col">{{HEADING}}</th>{{/COLUMN}}</tr></thead>
  <tbody>
{{#ROW}}    <tr><th scope="row">{{NAME}}</th>{{#CELL}}<td>{{VALUE}}</td>{{/CELL}}</tr>
{{/ROW}}  </tbody>
</table>
</div>
{{/SECTORS_TABLE}}
<h2>{{_ Comment ces chiffres sont calculés _}}</h2>
<ul id="outcomes-rules">
  <li>{{_ Personnes proposées : chaque personne compte une fois, si au moins une de ses propositions a été validée par un conseiller dans la période. _}}</li>
  <li>{{_ Entretiens, stages, PFI et embauches : comptés à la date de l'entretien, du début du stage, du début du PFI ou du début du contrat. _}}</li>
  <li>{{_ Stagiaires engagés dans les 12 mois : parmi les personnes dont un stage s'est terminé dans la période, celles qui ont signé un contrat (chez n'importe quel employeur) entre le début du stage et 12 mois après sa fin. Pour un stage fini il y a moins d'un an, la part peut encore augmenter. _}}</li>
  <li>{{_ Délai médian : de la validation de la proposition par le conseiller au début du contrat, pour les embauches de la période. _}}</li>
</ul>
{{/REPORT}}
<p><a href="/coordination">{{_ Retour à l'espace coordination _}}</a></p>
