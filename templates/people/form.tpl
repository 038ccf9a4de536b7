{{%AUTOESCAPE context="HTML"}}
<h1>{{HEADING}}</h1>
<p class="lead">{{_ Remplissez ce que vous savez aujourd'hui : tout se complète plus tard. Seuls le prénom, le nom et la commune sont obligatoires. _}}</p>
{{#ERRORS}}
<div class="error-summary" role="alert" tabindex="-1" id="main">
  <h2>{{_ Veuillez corriger ceci : _}}</h2>
  <ul>
{{#ERROR}}    <li><a href="#{{FIELD_ID}}">{{MESSAGE}}</a></li>
{{/ERROR}}  </ul>
</div>
{{/ERRORS}}
{{#DUPLICATE}}<div class="notice" role="status"><p>{{DUPLICATE_TEXT}}</p></div>{{/DUPLICATE}}
<form method="post" action="{{ACTION}}" class="stack" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
{{#SECTION}}  <fieldset id="section-{{ID}}">
    <legend>{{LEGEND}}</legend>
{{#FIELD}}    <div class="field{{#INPUT}}{{#COMBOBOX}} combobox{{/COMBOBOX}}{{/INPUT}}"{{#INPUT}}{{#COMBOBOX}} data-combobox="/api/v1/taxonomy/occupations" data-combobox-status="{{_ suggestions _}}"{{/COMBOBOX}}{{/INPUT}}>
      <label for="field-{{NAME}}">{{LABEL}}</label>
{{#HINT}}      <span class="hint" id="{{NAME}}-hint">{{HINT_TEXT}}</span>
{{/HINT}}{{#ERROR}}      <span class="field-error" id="{{NAME}}-error">{{ERROR_MESSAGE}}</span>
{{/ERROR}}{{#INPUT}}      <input id="field-{{NAME}}" name="{{NAME}}" type="{{TYPE}}" value="{{VALUE}}" autocomplete="{{AUTOCOMPLETE}}"{{#INVALID}} aria-invalid="true"{{/INVALID}}{{#DESCRIBED}} aria-describedby="{{DESCRIBED_BY}}"{{/DESCRIBED}}>
{{/INPUT}}{{#SELECT}}      <select id="field-{{NAME}}" name="{{NAME}}"{{#INVALID}} aria-invalid="true"{{/INVALID}}{{#DESCRIBED}} aria-describedby="{{DESCRIBED_BY}}"{{/DESCRIBED}}>
{{#OPTION}}        <option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/OPTION}}      </select>
{{/SELECT}}    </div>
{{/FIELD}}{{#CHECKBOX}}    <div class="field checkbox">
{{#ERROR}}      <span class="field-error" id="{{NAME}}-error">{{ERROR_MESSAGE}}</span>
{{/ERROR}}      <input id="field-{{ID}}" name="{{NAME}}" type="checkbox" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}>
      <label for="field-{{ID}}">{{LABEL}}</label>
    </div>
{{/CHECKBOX}}  </fieldset>
{{/SECTION}}  <button type="submit" class="primary">{{SUBMIT}}</button>
</form>
