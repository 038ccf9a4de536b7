{{%AUTOESCAPE context="HTML"}}
<h1>{{_ Mot de passe oublié _}}</h1>
{{#SENT}}
<div class="success" role="status">
  <p>{{_ Si un compte avec une adresse e-mail correspond, un message vient de partir avec un lien valable une heure. Pensez à regarder dans les courriers indésirables. _}}</p>
  <p>{{_ Sans adresse e-mail, demandez à votre conseiller de vous envoyer une nouvelle invitation. _}}</p>
</div>
<p><a href="/connexion">{{_ Retour à la connexion _}}</a></p>
{{/SENT}}
{{#FORM}}
<p class="lead">{{_ Indiquez votre adresse e-mail ou votre identifiant. Nous vous enverrons un lien pour choisir un nouveau mot de passe. _}}</p>
{{#ERRORS}}
<div class="error-summary" role="alert">
  <h2>{{_ Veuillez corriger ceci : _}}</h2>
  <ul>
{{#ERROR}}    <li><a href="#{{FIELD_ID}}">{{MESSAGE}}</a></li>
{{/ERROR}}  </ul>
</div>
{{/ERRORS}}
<form method="post" action="/mot-de-passe-oublie" class="stack" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div class="field">
    <label for="field-login">{{_ Adresse e-mail ou identifiant _}}</label>
{{#LOGIN_ERROR}}    <span class="field-error" id="login-error">{{MESSAGE}}</span>
{{/LOGIN_ERROR}}    <input id="field-login" name="login" type="text" autocomplete="username" autocapitalize="none" spellcheck="false" required{{#LOGIN_ERROR}} aria-invalid="true" aria-describedby="login-error"{{/LOGIN_ERROR}}>
  </div>
  <button type="submit" class="primary">{{_ Envoyer le lien _}}</button>
</form>
{{/FORM}}
