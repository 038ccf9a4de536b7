{{%AUTOESCAPE context="HTML"}}
<h1>{{HEADING}}</h1>
<p class="lead">{{COMPANY}} — {{_ BCE _}} {{NUMBER}} — {{_ statut de l'entreprise : _}} <strong id="company-status">{{COMPANY_STATUS}}</strong></p>
{{#SAVED}}<p class="success" role="status" id="saved">{{SAVED_TEXT}}</p>{{/SAVED}}
{{#ERRORS}}
<div class="error-summary" role="alert" tabindex="-1" id="main">
  <h2>{{_ Veuillez corriger ceci : _}}</h2>
  <ul>
{{#ERROR}}    <li><a href="#{{FIELD_ID}}">{{MESSAGE}}</a></li>
{{/ERROR}}  </ul>
</div>
{{/ERRORS}}
<form method="post" action="{{ACTION}}" class="stack" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
{{#SECTION}}  <fieldset>
    <legend>{{LEGEND}}</legend>
{{#FIELD}}    <div class="field">
      <label for="field-{{NAME}}">{{LABEL}}{{#REQUIRED_MARK}} <span class="required">{{_ (obligatoire) _}}</span>{{/REQUIRED_MARK}}</label>
{{#HINT}}      <span class="hint" id="{{NAME}}-hint">{{HINT_TEXT}}</span>
{{/HINT}}{{#ERROR}}      <span class="field-error" id="{{NAME}}-error">{{ERROR_MESSAGE}}</span>
{{/ERROR}}{{#INPUT}}      <input id="field-{{NAME}}" name="{{NAME}}" type="{{TYPE}}" value="{{VALUE}}" autocomplete="{{AUTOCOMPLETE}}"{{#REQUIRED}} required{{/REQUIRED}}{{#INVALID}} aria-invalid="true"{{/INVALID}}{{#DESCRIBED}} aria-describedby="{{DESCRIBED_BY}}"{{/DESCRIBED}}>
{{/INPUT}}{{#SELECT}}      <select id="field-{{NAME}}" name="{{NAME}}"{{#REQUIRED}} required{{/REQUIRED}}{{#INVALID}} aria-invalid="true"{{/INVALID}}{{#DESCRIBED}} aria-describedby="{{DESCRIBED_BY}}"{{/DESCRIBED}}>
{{#OPTION}}        <option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/OPTION}}      </select>
{{/SELECT}}    </div>
{{/FIELD}}  </fieldset>
{{/SECTION}}  <button type="submit" class="primary">{{_ Enregistrer la fiche _}}</button>
</form>
{{#EMPLOYER}}<p><a href="/entreprises/collegues">{{_ Inviter un ou une collègue de l'entreprise _}}</a> · <a href="/entreprises/offres">{{_ Mes offres _}}</a></p>{{/EMPLOYER}}
{{#COORDINATOR}}<p><a href="/coordination/revue">{{_ Retour à la validation des entreprises et des offres _}}</a></p>{{/COORDINATOR}}
<section aria-labelledby="h-changes">
  <h2 id="h-changes">{{_ Modifications de la fiche _}}</h2>
{{#HAS_CHANGES}}  <div class="table-wrap"><table id="changes">
    <thead><tr><th scope="col">{{_ Date _}}</th><th scope="col">{{_ Champ _}}</th><th scope="col">{{_ Avant _}}</th><th scope="col">{{_ Après _}}</th></tr></thead>
    <tbody>
{{#CHANGE}}      <tr><td>{{AT}}</td><td>{{FIELD}}</td><td>{{OLD}}</td><td>{{NEW}}</td></tr>
{{/CHANGE}}    </tbody>
  </table></div>{{/HAS_CHANGES}}
{{#NO_CHANGE}}  <p>{{_ Aucune modification pour l'instant. _}}</p>{{/NO_CHANGE}}
</section>
