{{%AUTOESCAPE context="HTML"}}
<h1>{{_ Mon dossier _}}</h1>
<p class="lead"><strong id="my-name">{{NAME}}</strong> — {{KEPT_BY}}</p>
<p><a class="button" href="/propositions">{{_ Mes candidatures proposées aux employeurs _}}</a></p>
{{#SAVED}}<p class="success" role="status">{{_ Modifications enregistrées. _}}</p>{{/SAVED}}
{{#WITHDRAWN_NOW}}<p class="success" role="status">{{_ Votre accord est retiré. _}}</p>{{/WITHDRAWN_NOW}}
{{#SECTION}}<section aria-labelledby="h-{{SID}}">
  <h2 id="h-{{SID}}">{{TITLE}}</h2>
  <dl>
{{#ROW}}    <dt>{{LABEL}}</dt><dd>{{VALUE}}</dd>
{{/ROW}}  </dl>
</section>
{{/SECTION}}
<section aria-labelledby="h-contact">
  <h2 id="h-contact">{{_ Corriger mes coordonnées _}}</h2>
{{#ERRORS}}  <div class="error-summary" role="alert">
    <h3>{{_ Veuillez corriger ceci : _}}</h3>
    <ul>
{{#ERROR}}      <li><a href="#{{FIELD_ID}}">{{MESSAGE}}</a></li>
{{/ERROR}}    </ul>
  </div>
{{/ERRORS}}  <form method="post" action="/mon-dossier/contact" class="stack">
    <input type="hidden" name="_csrf" value="{{CSRF}}">
    <div class="field">
      <label for="field-phone">{{_ Téléphone _}}</label>
{{#PHONE_ERROR}}      <span class="field-error" id="phone-error">{{MESSAGE}}</span>
{{/PHONE_ERROR}}      <input id="field-phone" name="phone" type="tel" value="{{PHONE}}" autocomplete="tel"{{#PHONE_ERROR}} aria-invalid="true" aria-describedby="phone-error"{{/PHONE_ERROR}}>
    </div>
    <div class="field">
      <label for="field-email">{{_ Adresse e-mail (facultative) _}}</label>
{{#EMAIL_ERROR}}      <span class="field-error" id="email-error">{{MESSAGE}}</span>
{{/EMAIL_ERROR}}      <input id="field-email" name="email" type="email" value="{{EMAIL}}" autocomplete="email"{{#EMAIL_ERROR}} aria-invalid="true" aria-describedby="email-error"{{/EMAIL_ERROR}}>
    </div>
    <div class="field">
      <label for="field-preferred_language">{{_ Langue préférée pour lire les informations _}}</label>
      <select id="field-preferred_language" name="preferred_language">
{{#LANGUAGE_OPTION}}        <option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/LANGUAGE_OPTION}}      </select>
    </div>
    <button type="submit" class="primary">{{_ Enregistrer mes coordonnées _}}</button>
  </form>
</section>
<section aria-labelledby="h-consents">
  <h2 id="h-consents">{{_ Mes accords _}}</h2>
  <p>{{_ Vous pouvez retirer un accord à tout moment. Ce que vous avez déjà fait avec votre conseiller reste valable. _}}</p>
{{#HAS_CONSENTS}}  <ul id="consents">
{{#CONSENT}}    <li><strong>{{KIND}}</strong> — {{_ donné le _}} {{GIVEN_ON}}{{#WITHDRAWN}} — <strong>{{_ retiré _}}</strong>{{/WITHDRAWN}}
      <br><span class="muted">« {{TEXT}} »</span>
{{#LIVE}}      <form method="post" action="/mon-dossier/consentements/{{CONSENT_ID}}/retirer" class="inline-form">
        <input type="hidden" name="_csrf" value="{{CSRF}}">
        <button type="submit" class="link-button">{{_ Retirer mon accord _}}<span class="visually-hidden"> : {{KIND}}</span></button>
      </form>
{{/LIVE}}    </li>
{{/CONSENT}}  </ul>
{{/HAS_CONSENTS}}{{#NO_CONSENT}}  <p>{{_ Aucun accord enregistré. _}}</p>{{/NO_CONSENT}}
</section>
<section aria-labelledby="h-shares">
  <h2 id="h-shares">{{_ Qui voit mon dossier _}}</h2>
  <p>{{KEPT_BY}}</p>
{{#HAS_SHARES}}  <ul>
{{#SHARE}}    <li>{{ORG}} — {{PARTS}} — {{_ jusqu'au _}} {{ENDS_ON}}{{#ENDED}} ({{_ terminé _}}){{/ENDED}}</li>
{{/SHARE}}  </ul>
{{/HAS_SHARES}}</section>
{{#HAS_DOCUMENTS}}<section aria-labelledby="h-documents">
  <h2 id="h-documents">{{_ Mes documents _}}</h2>
  <ul>
{{#DOCUMENT}}    <li><a href="/mon-dossier/documents/{{DOC_ID}}">{{FILENAME}}</a> — {{KIND}}, {{SIZE}}</li>
{{/DOCUMENT}}  </ul>
</section>
{{/HAS_DOCUMENTS}}<section aria-labelledby="h-data">
  <h2 id="h-data">{{_ Mes données _}}</h2>
  <p><a class="button" href="/mon-dossier/export" download>{{_ Télécharger toutes mes données (JSON) _}}</a></p>
</section>
