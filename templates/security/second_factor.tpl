{{%AUTOESCAPE context="HTML"}}
<h1>{{_ Code de vérification _}}</h1>
<p class="lead">{{_ Ouvrez votre application d'authentification et saisissez le code à 6 chiffres. Vous pouvez aussi saisir un de vos codes de secours. _}}</p>
{{#ERRORS}}
<div class="error-summary" role="alert">
  <h2>{{_ Veuillez corriger ceci : _}}</h2>
  <ul>
{{#ERROR}}    <li><a href="#{{FIELD_ID}}">{{MESSAGE}}</a></li>
{{/ERROR}}  </ul>
</div>
{{/ERRORS}}
<form method="post" action="/connexion/code" class="stack" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <input type="hidden" name="next" value="{{NEXT}}">
  <div class="field">
    <label for="field-code">{{_ Code _}}</label>
{{#CODE_ERROR}}    <span class="field-error" id="code-error">{{MESSAGE}}</span>
{{/CODE_ERROR}}    <input id="field-code" name="code" type="text" inputmode="text" autocomplete="one-time-code" autocapitalize="none" spellcheck="false" required{{#CODE_ERROR}} aria-invalid="true" aria-describedby="code-error"{{/CODE_ERROR}}>
  </div>
  <button type="submit" class="primary">{{_ Vérifier _}}</button>
</form>
<form method="post" action="/deconnexion" class="inline-form">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <button type="submit" class="secondary">{{_ Annuler _}}</button>
</form>
