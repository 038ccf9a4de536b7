{{%AUTOESCAPE context="HTML"}}
<h1>{{_ Créer votre compte _}}</h1>
<p class="lead">{{_ Bienvenue, {{DISPLAY_NAME}}. Vous êtes invité comme : {{ROLE}}. _}}</p>
{{#ERRORS}}
<div class="error-summary" role="alert">
  <h2>{{_ Veuillez corriger ceci : _}}</h2>
  <ul>
{{#ERROR}}    <li><a href="#{{FIELD_ID}}">{{MESSAGE}}</a></li>
{{/ERROR}}  </ul>
</div>
{{/ERRORS}}
<form method="post" action="/invitation/accepter" class="stack" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <input type="hidden" name="token" value="{{TOKEN}}">
  <input type="hidden" name="code" value="{{CODE}}">
{{#HAS_EMAIL}}
  <p>{{_ Vous vous connecterez avec votre adresse e-mail : _}} <strong>{{EMAIL}}</strong></p>
{{/HAS_EMAIL}}
{{#CHOOSE_LOGIN}}
  <div class="field">
    <label for="field-login">{{_ Choisissez un identifiant _}}</label>
    <span class="hint" id="login-hint">{{_ De 3 à 64 lettres minuscules, chiffres, points, tirets ou soulignés, par exemple : amina.diallo _}}</span>
{{#LOGIN_ERROR}}    <span class="field-error" id="login-error">{{MESSAGE}}</span>
{{/LOGIN_ERROR}}    <input id="field-login" name="login" type="text" value="{{LOGIN}}" autocomplete="username" autocapitalize="none" spellcheck="false" required aria-describedby="login-hint{{#LOGIN_ERROR}} login-error{{/LOGIN_ERROR}}"{{#LOGIN_ERROR}} aria-invalid="true"{{/LOGIN_ERROR}}>
  </div>
{{/CHOOSE_LOGIN}}
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
  <button type="submit" class="primary">{{_ Créer mon compte _}}</button>
</form>
