{{%AUTOESCAPE context="HTML"}}
<h1>{{_ Demander un accompagnement _}}</h1>
<p class="lead">{{_ L'IBEFE Liège et les services d'insertion aident gratuitement les employeurs : avant l'embauche, à l'arrivée d'une nouvelle recrue et après. Dites-nous ce dont vous avez besoin ; une personne de la coordination vous répond par e-mail. _}}</p>
{{#FROM_KIT}}<p><a href="/entreprises/kit/{{SLUG}}">{{_ Retour à la page du kit : _}} {{TITLE}}</a></p>{{/FROM_KIT}}
{{#ERRORS}}
<div class="error-summary" role="alert">
  <h2>{{_ Veuillez corriger ceci : _}}</h2>
  <ul>
{{#ERROR}}    <li><a href="#{{FIELD_ID}}">{{MESSAGE}}</a></li>
{{/ERROR}}  </ul>
</div>
{{/ERRORS}}
<form method="post" action="/entreprises/demande-accompagnement" class="stack" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <input type="hidden" name="source" value="{{SOURCE}}">
  <div class="field">
    <label for="field-topic">{{_ Sujet _}} <span class="required">{{_ (obligatoire) _}}</span></label>
{{#TOPIC_ERROR}}    <span class="field-error" id="topic-error">{{MESSAGE}}</span>
{{/TOPIC_ERROR}}    <select id="field-topic" name="topic" required{{#TOPIC_ERROR}} aria-invalid="true" aria-describedby="topic-error"{{/TOPIC_ERROR}}>
      <option value="">{{_ Choisissez un sujet _}}</option>
{{#TOPIC_OPTION}}      <option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/TOPIC_OPTION}}    </select>
  </div>
  <div class="field">
    <label for="field-message">{{_ Votre demande _}} <span class="required">{{_ (obligatoire) _}}</span></label>
    <span class="hint" id="message-hint">{{_ Quelques phrases suffisent. N'écrivez pas de données sensibles sur une personne (santé, origine, religion). _}}</span>
{{#MESSAGE_ERROR}}    <span class="field-error" id="message-error">{{MESSAGE}}</span>
{{/MESSAGE_ERROR}}    <textarea id="field-message" name="message" rows="6" required aria-describedby="message-hint{{#MESSAGE_ERROR}} message-error{{/MESSAGE_ERROR}}"{{#MESSAGE_ERROR}} aria-invalid="true"{{/MESSAGE_ERROR}}>{{MESSAGE}}</textarea>
  </div>
  <div class="field">
    <label for="field-email">{{_ Adresse e-mail pour vous répondre _}} <span class="required">{{_ (obligatoire) _}}</span></label>
{{#EMAIL_ERROR}}    <span class="field-error" id="email-error">{{MESSAGE}}</span>
{{/EMAIL_ERROR}}    <input id="field-email" name="email" type="email" value="{{EMAIL}}" autocomplete="email" autocapitalize="none" spellcheck="false" required{{#EMAIL_ERROR}} aria-invalid="true" aria-describedby="email-error"{{/EMAIL_ERROR}}>
  </div>
  <button type="submit" class="primary">{{_ Envoyer la demande _}}</button>
</form>
