{{%AUTOESCAPE context="HTML"}}
<h1>{{_ Validation des entreprises et des offres _}}</h1>
{{#DONE}}<p class="success" role="status">{{_ C'est enregistré. _}}</p>{{/DONE}}
{{#ACTION_ERROR}}<div class="error-summary" role="alert"><p>{{ERROR_TEXT}}</p></div>{{/ACTION_ERROR}}
<section aria-labelledby="h-companies">
  <h2 id="h-companies">{{_ Entreprises à valider _}}</h2>
{{#HAS_COMPANIES}}  <ul class="review-list">
{{#COMPANY}}    <li id="company-{{ID}}">
      <p><strong>{{NAME}}</strong> — {{_ BCE _}} {{NUMBER}} — {{PLACE}} — {{_ depuis le _}} {{SINCE}} — <a href="/coordination/entreprises/{{ID}}">{{_ Fiche de l'entreprise _}}<span class="visually-hidden"> {{NAME}}</span></a></p>
      <form method="post" action="/coordination/entreprises/{{ID}}/statut" class="inline">
        <input type="hidden" name="_csrf" value="{{CSRF}}">
        <input type="hidden" name="status" value="approved">
        <button type="submit" class="primary">{{_ Valider l'entreprise _}}<span class="visually-hidden"> {{NAME}}</span></button>
      </form>
      <form method="post" action="/coordination/entreprises/{{ID}}/statut" class="stack">
        <input type="hidden" name="_csrf" value="{{CSRF}}">
        <input type="hidden" name="status" value="suspended">
        <div class="field">
          <label for="reason-{{ID}}">{{_ Raison de la suspension _}}</label>
          <input id="reason-{{ID}}" name="reason" type="text" autocomplete="off">
        </div>
        <button type="submit">{{_ Suspendre _}}<span class="visually-hidden"> {{NAME}}</span></button>
      </form>
    </li>
{{/COMPANY}}  </ul>{{/HAS_COMPANIES}}
{{#NO_COMPANY}}  <p>{{_ Aucune entreprise n'attend de validation. _}}</p>{{/NO_COMPANY}}
</section>
<section aria-labelledby="h-offers">
  <h2 id="h-offers">{{_ Offres à vérifier _}}</h2>
{{#HAS_OFFERS}}  <ul class="review-list">
{{#OFFER}}    <li id="offer-{{ID}}">
      <p><a href="/coordination/offres/{{ID}}">{{TITLE}}</a> — {{COMPANY}} ({{COMPANY_STATUS}})</p>
{{#FLAGS}}      <ul class="flags">{{#FLAG}}<li><strong>{{LABEL}}</strong>{{#HAS_EXCERPT}} : « {{EXCERPT}} »{{/HAS_EXCERPT}}</li>{{/FLAG}}</ul>
{{/FLAGS}}{{#NO_FLAG}}      <p>{{_ Rien de signalé par le contrôle automatique. _}}</p>
{{/NO_FLAG}}    </li>
{{/OFFER}}  </ul>{{/HAS_OFFERS}}
{{#NO_OFFER}}  <p>{{_ Aucune offre n'attend de vérification. _}}</p>{{/NO_OFFER}}
</section>
