{{%AUTOESCAPE context="HTML"}}
<h1>{{_ Se connecter _}}</h1>
{{#ERRORS}}
<div class="error-summary" role="alert">
  <h2>{{_ Veuillez corriger ceci : _}}</h2>
  <ul>
{{#ERROR}}    <li><a href="#{{FIELD_ID}}">{{MESSAGE}}</a></li>
{{/ERROR}}  </ul>
</div>
{{/ERRORS}}
<form method="post" action="/connexion" class="stack" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <input type="hidden" name="next" value="{{NEXT}}">
  <div class="field">
    <label for="field-login">{{_ Adresse e-mail ou identifiant _}}</label>
{{#LOGIN_ERROR}}    <span class="field-error" id="login-error">{{MESSAGE}}</span>
{{/LOGIN_ERROR}}    <input id="field-login" name="login" type="text" value="{{LOGIN}}" autocomplete="username" autocapitalize="none" spellcheck="false" required{{#LOGIN_ERROR}} aria-invalid="true" aria-describedby="login-error"{{/LOGIN_ERROR}}>
  </div>
  <div class="field">
    <label for="field-password">{{_ Mot de passe _}}</label>
{{#PASSWORD_ERROR}}    <span class="field-error" id="password-error">{{MESSAGE}}</span>
{{/PASSWORD_ERROR}}    <input id="field-password" name="password" type="password" autocomplete="current-password" required{{#PASSWORD_ERROR}} aria-invalid="true" aria-describedby="password-error"{{/PASSWORD_ERROR}}>
  </div>
  <button type="submit" class="primary">{{_ Se connecter _}}</button>
</form>
<p><a href="/mot-de-passe-oublie">{{_ Mot de passe oublié ? _}}</a></p>
<p><a href="/invitation">{{_ J'ai reçu un code d'invitation _}}</a></p>
