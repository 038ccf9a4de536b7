{{%AUTOESCAPE context="HTML"}}
<h1>{{_ Métiers _}}</h1>
<p class="lead">{{_ Cherchez un métier par son nom ou un intitulé de poste, avec ou sans accents. _}}</p>
<form method="get" action="/metiers" role="search" class="stack">
  <div class="field combobox" data-combobox="/api/v1/taxonomy/occupations" data-combobox-link="/metiers/" data-combobox-status="{{_ suggestions _}}">
    <label for="field-q">{{_ Métier ou intitulé de poste _}}</label>
    <span class="hint" id="q-hint">{{_ Par exemple : aide-soignant, cariste, technicienne de surface _}}</span>
    <input id="field-q" name="q" type="search" value="{{Q}}" autocomplete="off" aria-describedby="q-hint">
  </div>
  <button type="submit" class="primary">{{_ Chercher _}}</button>
</form>
{{#HAS_RESULTS}}
<h2>{{_ Résultats _}}</h2>
<ul class="results">
{{#RESULT}}  <li><a href="/metiers/{{CODE}}">{{LABEL}}</a> <span class="muted">{{CODE}} · {{DOMAIN}}</span>{{#VIA_TITLE}}<br><span class="muted">{{_ Intitulé : _}} {{MATCHED}}</span>{{/VIA_TITLE}}</li>
{{/RESULT}}</ul>
{{/HAS_RESULTS}}
{{#NO_RESULT}}<p role="status">{{_ Aucun métier ne correspond. Essayez un autre mot. _}}</p>
{{/NO_RESULT}}
