{{%AUTOESCAPE context="HTML"}}
<h1>{{_ J'ai un code d'invitation _}}</h1>
<p class="lead">{{_ Votre conseiller vous a remis une invitation avec un code de 8 caractères. Saisissez-le ici. _}}</p>
{{#ERRORS}}
<div class="error-summary" role="alert">
  <h2>{{_ Veuillez corriger ceci : _}}</h2>
  <ul>
{{#ERROR}}    <li><a href="#{{FIELD_ID}}">{{MESSAGE}}</a></li>
{{/ERROR}}  </ul>
</div>
{{/ERRORS}}
<form method="post" action="/invitation" class="stack" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div class="field">
    <label for="field-code">{{_ Code d'invitation _}}</label>
    <span class="hint" id="code-hint">{{_ Par exemple : ABCD-EFGH _}}</span>
{{#CODE_ERROR}}    <span class="field-error" id="code-error">{{MESSAGE}}</span>
{{/CODE_ERROR}}    <input id="field-code" name="code" type="text" value="{{CODE}}" autocomplete="off" autocapitalize="characters" spellcheck="false" required aria-describedby="code-hint{{#CODE_ERROR}} code-error{{/CODE_ERROR}}"{{#CODE_ERROR}} aria-invalid="true"{{/CODE_ERROR}}>
  </div>
  <button type="submit" class="primary">{{_ Continuer _}}</button>
</form>
