{{%AUTOESCAPE context="HTML"}}
<p><a href="/propositions">{{_ Toutes mes propositions _}}</a></p>
<h1>{{OFFER}}</h1>
<p class="lead">{{COMPANY}} — {{_ étape : _}} <strong id="proposal-state" data-state="{{STATE_CODE}}">{{STATE}}</strong></p>
{{#SAVED}}<p class="success" role="status">{{_ C'est enregistré. _}}</p>{{/SAVED}}
{{#ERRORS}}<div class="error-summary" role="alert">
  <h2>{{_ Rien n'a été changé : _}}</h2>
  <ul>{{#ERROR}}<li>{{MESSAGE}}</li>{{/ERROR}}</ul>
</div>{{/ERRORS}}
<div class="notice" id="next-step"><p>{{NEXT}}</p></div>
{{#HAS_FACTS}}<dl id="facts">{{/HAS_FACTS}}
{{#FACT}}  <dt>{{LABEL}}</dt><dd>{{VALUE}}</dd>
{{/FACT}}{{#HAS_FACTS}}</dl>{{/HAS_FACTS}}
{{#INTERVIEW}}<section aria-labelledby="h-interview" id="interview">
  <h2 id="h-interview">{{_ Entretien _}}</h2>
  <p>{{AT}} — {{PLACE}}</p>
  <p><a href="/propositions/{{ID}}/entretien.ics" download>{{_ Ajouter à mon agenda (.ics) _}}</a></p>
</section>{{/INTERVIEW}}
{{#DECISION}}<section aria-labelledby="h-decision" id="decision">
  <h2 id="h-decision">{{_ Pourquoi cette proposition _}}</h2>
  {{#PERSON_LINK}}<p><a href="/accompagnement/{{PERSON_ID}}">{{_ Voir le dossier _}}</a></p>{{/PERSON_LINK}}
  {{#HAS_SCORE}}<p>{{_ Score au moment de la proposition : _}} {{SCORE}} / 100</p>{{/HAS_SCORE}}
  <ul class="explanation">{{#SENTENCE}}<li>{{TEXT}}</li>{{/SENTENCE}}</ul>
</section>{{/DECISION}}
{{#PROFILE}}<section aria-labelledby="h-profile" id="profile">
  <h2 id="h-profile">{{#ANONYMOUS}}{{_ Profil anonyme _}} — {{PSEUDONYM}}{{/ANONYMOUS}}{{#IDENTITY}}{{_ Profil _}} — {{NAME}}{{/IDENTITY}}</h2>
  {{#ANONYMOUS}}<p class="hint">{{_ Le nom, les coordonnées et le CV apparaissent si la personne accepte de dévoiler son identité. _}}</p>{{/ANONYMOUS}}
  <dl>
{{#IDENTITY}}    <dt>{{_ Nom _}}</dt><dd id="identity-name">{{NAME}}</dd>
    <dt>{{_ Téléphone _}}</dt><dd>{{PHONE}}</dd>
    <dt>{{_ Adresse e-mail _}}</dt><dd>{{EMAIL}}</dd>
    <dt>{{_ CV _}}</dt><dd>{{#HAS_CV}}<a id="cv-link" href="/propositions/{{ID}}/cv" download>{{FILENAME}}</a>{{/HAS_CV}}{{#NO_CV}}{{TEXT}}{{/NO_CV}}</dd>
{{/IDENTITY}}    <dt>{{_ Compétences de l'offre déjà acquises _}}</dt><dd><ul>{{#MATCHED}}<li>{{LABEL}}</li>{{/MATCHED}}{{#NO_MATCHED}}<li>—</li>{{/NO_MATCHED}}</ul></dd>
    <dt>{{_ Compétences de l'offre à acquérir _}}</dt><dd><ul>{{#MISSING}}<li>{{LABEL}}</li>{{/MISSING}}{{#NO_MISSING}}<li>—</li>{{/NO_MISSING}}</ul></dd>
    <dt>{{_ Expérience _}}</dt><dd>{{YEARS}} {{_ ans au total _}}<ul>{{#EXPERIENCE}}<li>{{OCCUPATION}} : {{YEARS}} {{_ ans _}}</li>{{/EXPERIENCE}}</ul></dd>
    <dt>{{_ Langues _}}</dt><dd><ul>{{#LANGUAGE}}<li>{{NAME}} : {{LEVEL}}</li>{{/LANGUAGE}}</ul></dd>
    <dt>{{_ Permis de conduire _}}</dt><dd>{{LICENCES}}{{#VEHICLE}} — {{_ véhicule personnel _}}{{/VEHICLE}}</dd>
    <dt>{{_ Disponibilités _}}</dt><dd>{{AVAILABILITY}}</dd>
    <dt>{{_ Distance jusqu'au lieu de travail _}}</dt><dd>{{DISTANCE}}</dd>
  </dl>
</section>{{/PROFILE}}
{{#CLOSE_OTHERS}}<section aria-labelledby="h-others">
  <h2 id="h-others">{{_ Les autres propositions de la personne _}}</h2>
  <form method="post" action="/propositions/{{ID}}/autres">
    <input type="hidden" name="_csrf" value="{{CSRF}}">
    <button type="submit">{{_ Clore ses autres propositions ouvertes (embauchée ailleurs) _}}</button>
  </form>
</section>{{/CLOSE_OTHERS}}
{{#MOVE}}<section aria-labelledby="h-move-{{TO}}" class="move" id="move-{{TO}}">
  <h2 id="h-move-{{TO}}">{{LABEL}}</h2>
  <form method="post" action="/propositions/{{ID}}/etape" class="stack">
    <input type="hidden" name="_csrf" value="{{CSRF}}">
    <input type="hidden" name="to" value="{{TO}}">
    <input type="hidden" name="version" value="{{VERSION}}">
{{#NEED_CHECK}}    <div class="field"><label><input type="checkbox" name="checked" value="1"> {{_ J'ai vérifié ce profil pour cette offre _}}</label></div>
{{/NEED_CHECK}}{{#NEED_REASON}}    <div class="field">
      <label for="{{TO}}-reason_code">{{_ Raison _}}</label>
      <select id="{{TO}}-reason_code" name="reason_code">
{{#REASON_OPTION}}        <option value="{{VALUE}}">{{LABEL}}</option>
{{/REASON_OPTION}}      </select>
    </div>
    <div class="field">
      <label for="{{TO}}-reason_text">{{_ Précisions (obligatoires pour « Autre raison ») _}}</label>
      <textarea id="{{TO}}-reason_text" name="reason_text" rows="2"></textarea>
    </div>
    <div class="field"><label><input type="checkbox" name="share_reason" value="1"> {{_ La personne peut lire cette raison _}}</label></div>
{{/NEED_REASON}}{{#NEED_CONSENT}}    <div class="field"><label><input type="checkbox" name="consent" value="1"> {{_ La personne accepte que l'employeur voie son nom, ses coordonnées et son CV pour cette offre _}}</label></div>
{{#CHANNEL}}    <div class="field">
      <label for="{{TO}}-consent_channel">{{_ Comment la personne a donné son accord _}}</label>
      <select id="{{TO}}-consent_channel" name="consent_channel">
{{#CHANNEL_OPTION}}        <option value="{{VALUE}}">{{LABEL}}</option>
{{/CHANNEL_OPTION}}      </select>
    </div>
{{/CHANNEL}}{{/NEED_CONSENT}}{{#NEED_INTERVIEW}}    <div class="field">
      <label for="{{TO}}-interview_at">{{_ Date et heure de l'entretien _}}</label>
      <input id="{{TO}}-interview_at" name="interview_at" type="datetime-local">
    </div>
    <div class="field">
      <label for="{{TO}}-interview_place">{{_ Lieu de l'entretien _}}</label>
      <input id="{{TO}}-interview_place" name="interview_place" type="text" maxlength="300">
    </div>
{{/NEED_INTERVIEW}}{{#NEED_INTERNSHIP}}    <div class="field">
      <label for="{{TO}}-internship_kind">{{_ Stage ou immersion _}}</label>
      <select id="{{TO}}-internship_kind" name="internship_kind">
{{#KIND_OPTION}}        <option value="{{VALUE}}">{{LABEL}}</option>
{{/KIND_OPTION}}      </select>
    </div>
    <div class="field">
      <label for="{{TO}}-internship_start">{{_ Début _}}</label>
      <input id="{{TO}}-internship_start" name="internship_start" type="date">
    </div>
    <div class="field">
      <label for="{{TO}}-internship_end">{{_ Fin _}}</label>
      <input id="{{TO}}-internship_end" name="internship_end" type="date">
    </div>
{{/NEED_INTERNSHIP}}{{#NEED_PFI}}    <div class="field">
      <label for="{{TO}}-pfi_start">{{_ Début du PFI _}}</label>
      <input id="{{TO}}-pfi_start" name="pfi_start" type="date">
    </div>
    <div class="field">
      <label for="{{TO}}-pfi_weeks">{{_ Durée du PFI en semaines (4 à 52) _}}</label>
      <input id="{{TO}}-pfi_weeks" name="pfi_weeks" type="number" min="4" max="52" inputmode="numeric">
    </div>
{{/NEED_PFI}}{{#NEED_CONTRACT}}    <div class="field">
      <label for="{{TO}}-contract_type">{{_ Type de contrat _}}</label>
      <select id="{{TO}}-contract_type" name="contract_type">
{{#CONTRACT_OPTION}}        <option value="{{VALUE}}">{{LABEL}}</option>
{{/CONTRACT_OPTION}}      </select>
    </div>
    <div class="field">
      <label for="{{TO}}-contract_start">{{_ Début du contrat _}}</label>
      <input id="{{TO}}-contract_start" name="contract_start" type="date">
    </div>
    <div class="field">
      <label for="{{TO}}-contract_end">{{_ Fin du contrat (CDD) _}}</label>
      <input id="{{TO}}-contract_end" name="contract_end" type="date">
    </div>
    <div class="field">
      <label for="{{TO}}-weekly_hours">{{_ Heures par semaine _}}</label>
      <input id="{{TO}}-weekly_hours" name="weekly_hours" type="number" min="1" max="50" inputmode="numeric">
    </div>
{{/NEED_CONTRACT}}    <button type="submit" class="primary">{{BUTTON}}</button>
  </form>
</section>
{{/MOVE}}<section aria-labelledby="h-log">
  <h2 id="h-log">{{_ Historique _}}</h2>
  <ol>{{#LOG}}<li>{{WHEN}} — {{STATE}}</li>{{/LOG}}</ol>
</section>
