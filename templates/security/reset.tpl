{{%AUTOESCAPE context="HTML"}}
<h1>{{_ Nouveau mot de passe _}}</h1>
{{#ERRORS}}
<div class="error-summary" role="alert">
  <h2>{{_ Veuillez corriger ceci : _}}</h2>
  <ul>
{{#ERROR}}    <li><a href="#{{FIELD_ID}}">{{MESSAGE}}</a></li>
{{/ERROR}}  </ul>
</div>
{{/ERRORS}}
<form method="post" action="/reinitialiser/{{TOKEN}}" class="stack" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div class="field">
    <label for="field-password">{{_ Nouveau mot de passe _}}</label>
    <span class="hint" id="password-hint">{{_ Au moins 12 caractères. Une phrase facile à retenir convient très bien. _}}</span>
{{#PASSWORD_ERROR}}    <span class="field-error" id="password-error">{{MESSAGE}}</span>
{{/PASSWORD_ERROR}}    <input id="field-password" name="password" type="password" autocomplete="new-password" minlength="12" required aria-describedby="password-hint{{#PASSWORD_ERROR}} password-error{{/PASSWORD_ERROR}}"{{#PASSWORD_ERROR}} aria-invalid="true"{{/PASSWORD_ERROR}}>
  </div>
  <div class="field">
    <label for="field-confirm">{{_ Confirmez le mot de passe _}}</label>
{{#CONFIRM_ERROR}}    <span class="field-error" id="confirm-error">{{MESSAGE}}</span>
{{/CONFIRM_ERROR}}    <input id="field-confirm" name="confirm" type="password" autocomplete="new-password" required{{#CONFIRM_ERROR}} aria-invalid="true" aria-describedby="confirm-error"{{/CONFIRM_ERROR}}>
  </div>
  <button type="submit" class="primary">{{_ Enregistrer le mot de passe _}}</button>
</form>
