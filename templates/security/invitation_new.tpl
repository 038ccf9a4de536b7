{{%AUTOESCAPE context="HTML"}}
<h1>{{_ Inviter une personne _}}</h1>
<p class="lead">{{_ La personne reçoit un lien valable 7 jours. Sans adresse e-mail, imprimez l'invitation : elle contient un code QR et un code court à saisir. _}}</p>
{{#ERRORS}}
<div class="error-summary" role="alert">
  <h2>{{_ Veuillez corriger ceci : _}}</h2>
  <ul>
{{#ERROR}}    <li><a href="#{{FIELD_ID}}">{{MESSAGE}}</a></li>
{{/ERROR}}  </ul>
</div>
{{/ERRORS}}
<form method="post" action="/invitations/nouvelle" class="stack" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div class="field">
    <label for="field-role">{{_ Type de compte _}}</label>
{{#ROLE_ERROR}}    <span class="field-error" id="role-error">{{MESSAGE}}</span>
{{/ROLE_ERROR}}    <select id="field-role" name="role"{{#ROLE_ERROR}} aria-invalid="true" aria-describedby="role-error"{{/ROLE_ERROR}}>
{{#ROLE}}      <option value="{{VALUE}}" {{#IS_SELECTED}}selected{{/IS_SELECTED}}>{{LABEL}}</option>
{{/ROLE}}    </select>
  </div>
  <div class="field">
    <label for="field-organisation">{{_ Organisation _}}</label>
{{#ORGANISATION_ERROR}}    <span class="field-error" id="organisation-error">{{MESSAGE}}</span>
{{/ORGANISATION_ERROR}}    <select id="field-organisation" name="organisation"{{#ORGANISATION_ERROR}} aria-invalid="true" aria-describedby="organisation-error"{{/ORGANISATION_ERROR}}>
{{#ORGANISATION}}      <option value="{{VALUE}}" {{#IS_SELECTED}}selected{{/IS_SELECTED}}>{{LABEL}}</option>
{{/ORGANISATION}}    </select>
  </div>
  <div class="field">
    <label for="field-display_name">{{_ Nom de la personne _}}</label>
{{#DISPLAY_NAME_ERROR}}    <span class="field-error" id="display_name-error">{{MESSAGE}}</span>
{{/DISPLAY_NAME_ERROR}}    <input id="field-display_name" name="display_name" type="text" value="{{DISPLAY_NAME}}" autocomplete="off" required{{#DISPLAY_NAME_ERROR}} aria-invalid="true" aria-describedby="display_name-error"{{/DISPLAY_NAME_ERROR}}>
  </div>
  <div class="field">
    <label for="field-email">{{_ Adresse e-mail (facultative pour un candidat) _}}</label>
{{#EMAIL_ERROR}}    <span class="field-error" id="email-error">{{MESSAGE}}</span>
{{/EMAIL_ERROR}}    <input id="field-email" name="email" type="email" value="{{EMAIL}}" autocomplete="off"{{#EMAIL_ERROR}} aria-invalid="true" aria-describedby="email-error"{{/EMAIL_ERROR}}>
  </div>
  <button type="submit" class="primary">{{_ Créer l'invitation _}}</button>
</form>
