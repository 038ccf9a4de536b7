{{%AUTOESCAPE context="HTML"}}
<h1>{{_ Mes collègues _}}</h1>
<p class="lead">{{COMPANY}} — {{_ Invitez une personne de l'entreprise : elle reçoit un lien valable 7 jours et gère les mêmes offres que vous. _}}</p>
{{#SENT}}<p class="success" role="status" id="invited">{{_ L'invitation est envoyée : elle apparaît ci-dessous jusqu'à ce que la personne crée son compte. _}}</p>{{/SENT}}
{{#ERRORS}}
<div class="error-summary" role="alert" tabindex="-1" id="main">
  <h2>{{_ Veuillez corriger ceci : _}}</h2>
  <ul>
{{#ERROR}}    <li><a href="#{{FIELD_ID}}">{{MESSAGE}}</a></li>
{{/ERROR}}  </ul>
</div>
{{/ERRORS}}
<section aria-labelledby="h-team">
  <h2 id="h-team">{{_ Les comptes de l'entreprise _}}</h2>
  <ul id="colleagues">
{{#COLLEAGUE}}    <li>{{NAME}}{{#HAS_EMAIL}} — {{EMAIL}}{{/HAS_EMAIL}}{{#PENDING}} ({{_ invitation en attente _}}){{/PENDING}}</li>
{{/COLLEAGUE}}  </ul>
</section>
<section aria-labelledby="h-invite">
  <h2 id="h-invite">{{_ Inviter un ou une collègue _}}</h2>
  <form method="post" action="/entreprises/collegues" class="stack" novalidate>
    <input type="hidden" name="_csrf" value="{{CSRF}}">
    <div class="field">
      <label for="field-display_name">{{_ Nom de la personne _}} <span class="required">{{_ (obligatoire) _}}</span></label>
{{#DISPLAY_NAME_ERROR}}      <span class="field-error" id="display_name-error">{{MESSAGE}}</span>
{{/DISPLAY_NAME_ERROR}}      <input id="field-display_name" name="display_name" type="text" value="{{DISPLAY_NAME}}" autocomplete="off" required{{#DISPLAY_NAME_ERROR}} aria-invalid="true" aria-describedby="display_name-error"{{/DISPLAY_NAME_ERROR}}>
    </div>
    <div class="field">
      <label for="field-email">{{_ Son adresse e-mail _}} <span class="required">{{_ (obligatoire) _}}</span></label>
{{#EMAIL_ERROR}}      <span class="field-error" id="email-error">{{MESSAGE}}</span>
{{/EMAIL_ERROR}}      <input id="field-email" name="email" type="email" value="{{EMAIL}}" autocomplete="off" required{{#EMAIL_ERROR}} aria-invalid="true" aria-describedby="email-error"{{/EMAIL_ERROR}}>
    </div>
    <button type="submit" class="primary">{{_ Envoyer l'invitation _}}</button>
  </form>
</section>
<p><a href="/entreprises/fiche">{{_ Fiche de l'entreprise _}}</a> · <a href="/entreprises/offres">{{_ Mes offres _}}</a></p>
