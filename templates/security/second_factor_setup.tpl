{{%AUTOESCAPE context="HTML"}}
<h1>{{_ Double authentification _}}</h1>
{{#MANDATORY}}<p class="notice">{{_ Votre rôle donne accès à des dossiers sensibles : la double authentification est obligatoire. _}}</p>
{{/MANDATORY}}
{{#ERRORS}}
<div class="error-summary" role="alert">
  <h2>{{_ Veuillez corriger ceci : _}}</h2>
  <ul>
{{#ERROR}}    <li><a href="#{{FIELD_ID}}">{{MESSAGE}}</a></li>
{{/ERROR}}  </ul>
</div>
{{/ERRORS}}
<ol class="steps">
  <li>{{_ Installez une application d'authentification sur votre téléphone (par exemple FreeOTP, Aegis ou Google Authenticator). _}}</li>
  <li>{{_ Scannez ce code QR avec l'application, ou saisissez la clé à la main. _}}
    <div class="qr"><img src="{{QR:none}}" alt="{{_ Code QR à scanner avec votre application d'authentification _}}"></div>
    <p>{{_ Clé : _}} <code class="break-all" id="totp-secret">{{SECRET}}</code></p>
  </li>
  <li>{{_ Saisissez le code à 6 chiffres affiché par l'application. _}}</li>
</ol>
<form method="post" action="/compte/double-authentification" class="stack" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <input type="hidden" name="sealed" value="{{SEALED}}">
  <div class="field">
    <label for="field-code">{{_ Code à 6 chiffres _}}</label>
{{#CODE_ERROR}}    <span class="field-error" id="code-error">{{MESSAGE}}</span>
{{/CODE_ERROR}}    <input id="field-code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9 ]*" required{{#CODE_ERROR}} aria-invalid="true" aria-describedby="code-error"{{/CODE_ERROR}}>
  </div>
  <button type="submit" class="primary">{{_ Activer _}}</button>
</form>
