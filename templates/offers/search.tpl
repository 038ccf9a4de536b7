{{%AUTOESCAPE context="HTML"}}
<h1>{{_ Offres d'emploi _}}</h1>
<p class="lead">{{_ Les offres des entreprises de la région liégeoise, vérifiées par l'IBEFE Liège. _}}</p>
<form method="get" action="/offres" class="stack" role="search">
  <div class="field combobox" data-combobox="/offres/publier/metiers" data-combobox-status="{{_ suggestions _}}">
    <label for="field-metier">{{_ Métier _}}</label>
    <input id="field-metier" name="metier" type="text" value="{{OCCUPATION}}" autocomplete="off">
  </div>
  <div class="field">
    <label for="field-commune">{{_ Commune _}}</label>
    <select id="field-commune" name="commune">
      <option value="">{{_ (toutes) _}}</option>
{{#COMMUNE}}      <option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/COMMUNE}}    </select>
  </div>
  <div class="field">
    <label for="field-rayon">{{_ Distance autour de la commune _}}</label>
    <select id="field-rayon" name="rayon">
{{#RADIUS}}      <option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/RADIUS}}    </select>
  </div>
  <div class="field">
    <label for="field-contrat">{{_ Type de contrat _}}</label>
    <select id="field-contrat" name="contrat">
      <option value="">{{_ (tous) _}}</option>
{{#CONTRACT}}      <option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/CONTRACT}}    </select>
  </div>
  <div class="field checkbox"><input id="field-sans_nuit" name="sans_nuit" type="checkbox" value="1"{{#NO_NIGHTS}} checked{{/NO_NIGHTS}}> <label for="field-sans_nuit">{{_ Sans travail de nuit _}}</label></div>
  <div class="field checkbox"><input id="field-sans_weekend" name="sans_weekend" type="checkbox" value="1"{{#NO_WEEKENDS}} checked{{/NO_WEEKENDS}}> <label for="field-sans_weekend">{{_ Sans travail le week-end _}}</label></div>
  <div class="field checkbox"><input id="field-temps_partiel" name="temps_partiel" type="checkbox" value="1"{{#PART_TIME}} checked{{/PART_TIME}}> <label for="field-temps_partiel">{{_ Temps partiel _}}</label></div>
  <button type="submit" class="primary">{{_ Rechercher _}}</button>
</form>
<h2 id="results-count" role="status">{{COUNT}}</h2>
{{#HAS_OFFERS}}<ul class="offer-list" id="results">
{{#OFFER}}  <li><a href="/offres/{{ID}}">{{TITLE}}</a> — {{COMPANY}}, {{PLACE}} — {{CONTRACT}} — {{_ français _}} {{FRENCH}}</li>
{{/OFFER}}</ul>{{/HAS_OFFERS}}
{{#NO_OFFER}}<p>{{_ Aucune offre ne correspond : élargissez la distance ou retirez un critère. _}}</p>{{/NO_OFFER}}
{{#PAGINATION}}<nav aria-label="{{_ Pages de résultats _}}" class="pagination">
  <p>{{WHERE}}</p>
  {{#HAS_PREV}}<a href="{{PREV}}" rel="prev">{{_ Page précédente _}}</a>{{/HAS_PREV}}
  {{#HAS_NEXT}}<a href="{{NEXT}}" rel="next">{{_ Page suivante _}}</a>{{/HAS_NEXT}}
</nav>{{/PAGINATION}}
<p><a href="/offres/publier">{{_ Vous recrutez ? Publier une offre _}}</a></p>
