{{%AUTOESCAPE context="HTML"}}
<p><a href="/coordination/revue">{{_ Retour à la validation _}}</a></p>
<h1>{{TITLE}}</h1>
<p class="lead"><a href="/coordination/entreprises/{{COMPANY_ID}}">{{COMPANY}}</a> — {{_ BCE _}} {{NUMBER}} — {{COMPANY_STATUS}}</p>
<p>{{_ État de l'offre : _}} <strong id="offer-status">{{STATUS}}</strong> — {{_ proposée par _}} {{CONTACT}}</p>
{{#FLAGS}}<section aria-labelledby="h-flags" class="notice">
  <h2 id="h-flags">{{_ Points signalés par le contrôle automatique _}}</h2>
  <ul id="flags">
{{#FLAG}}    <li><strong>{{LABEL}}</strong>{{#HAS_EXCERPT}} : « {{EXCERPT}} »{{/HAS_EXCERPT}}<br>{{REASON}}</li>
{{/FLAG}}  </ul>
</section>{{/FLAGS}}
<section aria-labelledby="h-facts">
  <h2 id="h-facts">{{_ Le poste _}}</h2>
  <dl>
{{#ROW}}    <dt>{{LABEL}}</dt><dd>{{VALUE}}</dd>
{{/ROW}}  </dl>
{{#HAS_DESCRIPTION}}  <p class="prewrap">{{DESCRIPTION}}</p>{{/HAS_DESCRIPTION}}
</section>
{{#ACTIONS}}<section aria-labelledby="h-decision">
  <h2 id="h-decision">{{_ Décision _}}</h2>
{{#ERRORS}}  <div class="error-summary" role="alert" tabindex="-1"><ul><li><a href="#field-reason">{{REASON_ERROR_TEXT}}</a></li></ul></div>
{{/ERRORS}}  <form method="post" action="/coordination/offres/{{ID}}/action" class="stack">
    <input type="hidden" name="_csrf" value="{{CSRF}}">
    <div class="field">
      <label for="field-reason">{{_ Raison (obligatoire pour renvoyer ou retirer ; elle est transmise à l'employeur) _}}</label>
{{#REASON_ERROR}}      <span class="field-error" id="reason-error">{{REASON_ERROR_TEXT}}</span>
{{/REASON_ERROR}}      <textarea id="field-reason" name="reason" rows="3"{{#REASON_INVALID}} aria-invalid="true" aria-describedby="reason-error"{{/REASON_INVALID}}></textarea>
    </div>
{{#ACTION}}    <button type="submit" name="decision" value="{{CODE}}">{{LABEL}}</button>
{{/ACTION}}  </form>
</section>{{/ACTIONS}}
<section aria-labelledby="h-log">
  <h2 id="h-log">{{_ Historique _}}</h2>
  <ul>{{#LOG}}<li>{{AT}} — {{TO}}{{#HAS_REASON}} — {{REASON}}{{/HAS_REASON}}</li>{{/LOG}}</ul>
</section>
