{{%AUTOESCAPE context="HTML"}}
<h1>{{_ Demandes d'accompagnement _}}</h1>
<p class="lead">{{_ Les demandes des employeurs, envoyées depuis le kit interculturel ou l'espace entreprises. Répondez par e-mail, puis marquez la demande comme traitée avec une note. _}}</p>
{{#DONE}}<p class="success" role="status">{{_ C'est enregistré. _}}</p>{{/DONE}}
{{#ACTION_ERROR}}<div class="error-summary" role="alert"><p>{{ERROR_TEXT}}</p></div>{{/ACTION_ERROR}}
<section aria-labelledby="h-open">
  <h2 id="h-open">{{_ À traiter _}}</h2>
{{#HAS_OPEN}}  <ul class="review-list" id="open-requests">
{{#OPEN}}    <li id="request-{{ID}}" data-topic="{{TOPIC_CODE}}">
      <h3>{{TOPIC}}</h3>
      <p>{{_ Reçue le _}} {{CREATED}} — <a href="mailto:{{EMAIL}}">{{EMAIL}}</a>{{#HAS_COMPANY}} — {{COMPANY}}{{/HAS_COMPANY}}{{#ANONYMOUS}} — {{_ sans compte _}}{{/ANONYMOUS}}</p>
{{#HAS_SOURCE}}      <p class="muted">{{_ Depuis la page du kit : _}} {{SOURCE}}</p>
{{/HAS_SOURCE}}      <blockquote class="request-message">{{MESSAGE}}</blockquote>
      <form method="post" action="/coordination/demandes/{{ID}}/traitee" class="stack">
        <input type="hidden" name="_csrf" value="{{CSRF}}">
        <div class="field">
          <label for="note-{{ID}}">{{_ Note : ce qui a été fait _}}</label>
{{#NOTE_ERROR}}          <span class="field-error" id="note-{{ID}}-error">{{NOTE_ERROR_TEXT}}</span>
{{/NOTE_ERROR}}          <textarea id="note-{{ID}}" name="note" rows="2"{{#NOTE_ERROR}} aria-invalid="true" aria-describedby="note-{{ID}}-error"{{/NOTE_ERROR}}>{{NOTE}}</textarea>
        </div>
        <button type="submit" class="primary">{{_ Marquer comme traitée _}}</button>
      </form>
    </li>
{{/OPEN}}  </ul>{{/HAS_OPEN}}
{{#NO_OPEN}}  <p>{{_ Aucune demande n'attend de réponse. _}}</p>{{/NO_OPEN}}
</section>
{{#HAS_HANDLED}}<section aria-labelledby="h-handled">
  <h2 id="h-handled">{{_ Traitées récemment _}}</h2>
  <ul class="review-list" id="handled-requests">
{{#HANDLED}}    <li id="request-{{ID}}" data-topic="{{TOPIC_CODE}}">
      <h3>{{TOPIC}}</h3>
      <p>{{_ Reçue le _}} {{CREATED}} — {{EMAIL}}{{#HAS_COMPANY}} — {{COMPANY}}{{/HAS_COMPANY}}</p>
      <blockquote class="request-message">{{MESSAGE}}</blockquote>
      <p><strong>{{_ Traitée le _}} {{HANDLED_AT}}</strong> {{_ par _}} {{HANDLED_BY}} : <span class="handled-note">{{NOTE}}</span></p>
    </li>
{{/HANDLED}}  </ul>
</section>{{/HAS_HANDLED}}
