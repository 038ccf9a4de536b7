{{%AUTOESCAPE context="HTML"}}
<h1>{{HEADING}}</h1>
<p class="lead">{{INTRO}}</p>
{{#ERRORS}}
<div class="error-summary" role="alert" tabindex="-1" id="main">
  <h2>{{_ Veuillez corriger ceci : _}}</h2>
  <ul>
{{#ERROR}}    <li><a href="#{{FIELD_ID}}">{{MESSAGE}}</a></li>
{{/ERROR}}  </ul>
</div>
{{/ERRORS}}
{{#NOTICE}}<div class="notice" role="status" id="form-notice"><p>{{NOTICE_TEXT}}</p></div>{{/NOTICE}}
<form method="post" action="{{ACTION}}" class="stack" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
{{#SKILLS_SHOWN}}  <input type="hidden" name="skills_shown" value="1">
{{/SKILLS_SHOWN}}{{#SECTION}}  <fieldset id="section-{{ID}}">
    <legend>{{LEGEND}}</legend>
{{#SKILLS_HINT}}    <p class="hint" id="skills-hint">{{_ Proposées d'après le métier : décochez ce qui ne compte pas pour ce poste. _}}</p>
{{/SKILLS_HINT}}{{#GROUP_ERROR}}    <span class="field-error" id="field-{{NAME}}" tabindex="-1">{{MESSAGE}}</span>
{{/GROUP_ERROR}}{{#FIELD}}    <div class="field{{#INPUT}}{{#COMBOBOX}} combobox{{/COMBOBOX}}{{/INPUT}}"{{#INPUT}}{{#COMBOBOX}} data-combobox="/offres/publier/metiers" data-combobox-status="{{_ suggestions _}}"{{/COMBOBOX}}{{/INPUT}}>
      <label for="field-{{NAME}}">{{LABEL}}{{#REQUIRED_MARK}} <span class="required">{{_ (obligatoire) _}}</span>{{/REQUIRED_MARK}}</label>
{{#HINT}}      <span class="hint" id="{{NAME}}-hint">{{HINT_TEXT}}</span>
{{/HINT}}{{#ERROR}}      <span class="field-error" id="{{NAME}}-error">{{ERROR_MESSAGE}}</span>
{{/ERROR}}{{#INPUT}}      <input id="field-{{NAME}}" name="{{NAME}}" type="{{TYPE}}" value="{{VALUE}}" autocomplete="{{AUTOCOMPLETE}}"{{#REQUIRED}} required{{/REQUIRED}}{{#INVALID}} aria-invalid="true"{{/INVALID}}{{#DESCRIBED}} aria-describedby="{{DESCRIBED_BY}}"{{/DESCRIBED}}>
{{/INPUT}}{{#TEXTAREA}}      <textarea id="field-{{NAME}}" name="{{NAME}}" rows="6"{{#INVALID}} aria-invalid="true"{{/INVALID}}{{#DESCRIBED}} aria-describedby="{{DESCRIBED_BY}}"{{/DESCRIBED}}>{{VALUE}}</textarea>
{{/TEXTAREA}}{{#SELECT}}      <select id="field-{{NAME}}" name="{{NAME}}"{{#REQUIRED}} required{{/REQUIRED}}{{#INVALID}} aria-invalid="true"{{/INVALID}}{{#DESCRIBED}} aria-describedby="{{DESCRIBED_BY}}"{{/DESCRIBED}}>
{{#OPTION}}        <option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/OPTION}}      </select>
{{/SELECT}}    </div>
{{/FIELD}}{{#CHECKBOX}}    <div class="field checkbox">
      <input id="field-{{ID}}" name="{{NAME}}" type="checkbox" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}>
      <label for="field-{{ID}}">{{LABEL}}</label>
    </div>
{{/CHECKBOX}}{{#EXTRACT_BUTTON}}    <button type="submit" name="extract">{{_ Analyser l'annonce _}}</button>
{{/EXTRACT_BUTTON}}{{#SKILLS_BUTTON}}    <button type="submit" name="suggest">{{_ Proposer les compétences du métier _}}</button>
{{/SKILLS_BUTTON}}  </fieldset>
{{/SECTION}}  <button type="submit" class="primary">{{SUBMIT}}</button>
</form>
