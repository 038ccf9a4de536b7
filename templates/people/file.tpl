{{%AUTOESCAPE context="HTML"}}
<p><a href="/accompagnement">{{_ Mes dossiers _}}</a></p>
<h1>{{NAME}}</h1>
{{#CREATED}}<p class="success" role="status">{{_ Le dossier est créé. _}}</p>{{/CREATED}}
{{#SAVED}}<p class="success" role="status">{{_ Modifications enregistrées. _}}</p>{{/SAVED}}
{{#DUPLICATE}}<div class="notice" role="status"><p>{{DUPLICATE_TEXT}}</p>{{#SAME_ORG}}<ul>{{#OTHER}}<li><a href="/accompagnement/{{ID}}">{{_ Voir l'autre dossier _}}</a></li>{{/OTHER}}</ul>{{/SAME_ORG}}</div>{{/DUPLICATE}}
{{#SHARED}}<div class="notice" id="shared-notice"><p>{{SHARED_TEXT}}</p></div>{{/SHARED}}
{{#URGENT}}<div class="notice" role="alert"><p><strong>{{URGENT_TEXT}}</strong></p></div>{{/URGENT}}
{{#OWNER}}<p><a class="button" href="/accompagnement/{{ID}}/modifier">{{_ Modifier le dossier _}}</a> <a class="button" href="/accompagnement/{{ID}}/export" download>{{_ Exporter le dossier (JSON) _}}</a> <a class="button" href="/propositions/personne/{{ID}}">{{_ Offres proposables _}}</a></p>{{/OWNER}}
{{#SECTION}}<section aria-labelledby="h-{{SID}}">
  <h2 id="h-{{SID}}">{{TITLE}}</h2>
  <dl>
{{#ROW}}    <dt>{{LABEL}}</dt><dd>{{VALUE}}</dd>
{{/ROW}}  </dl>
</section>
{{/SECTION}}
{{#JOURNEY}}<section aria-labelledby="h-journey">
  <h2 id="h-journey">{{_ Parcours _}}</h2>
  <p>{{_ Étape actuelle : _}} <strong id="current-stage">{{STAGE}}</strong></p>
{{#OWNER}}{{#STAGE_ERROR}}  <span class="field-error" id="stage-error">{{MESSAGE}}</span>
{{/STAGE_ERROR}}  <form method="post" action="/accompagnement/{{ID}}/etape" class="stack">
    <input type="hidden" name="_csrf" value="{{CSRF}}">
    <div class="field">
      <label for="field-stage">{{_ Passer à l'étape _}}</label>
      <select id="field-stage" name="stage">
{{#STAGE_OPTION}}        <option value="{{VALUE}}">{{LABEL}}</option>
{{/STAGE_OPTION}}      </select>
    </div>
    <button type="submit" class="primary">{{_ Changer d'étape _}}</button>
  </form>{{/OWNER}}
  <h3>{{_ Historique _}}</h3>
  <ol>
{{#LOG}}    <li>{{AT}} : {{FROM}} → {{TO}}</li>
{{/LOG}}  </ol>
</section>
<section aria-labelledby="h-tasks">
  <h2 id="h-tasks">{{_ Plan d'action _}}</h2>
{{#HAS_TASKS}}  <ul id="tasks">
{{#TASK}}    <li>{{#DONE}}<s>{{/DONE}}{{TITLE}}{{#DONE}}</s> ({{_ fait _}}){{/DONE}}{{#DUE}} — {{_ pour le _}} {{DUE_DATE}}{{/DUE}}{{#LATE}} <strong>({{_ en retard _}})</strong>{{/LATE}}
{{#CAN_DONE}}      <form method="post" action="/accompagnement/{{PERSON}}/taches/{{TASK_ID}}/fait" class="inline-form">
        <input type="hidden" name="_csrf" value="{{CSRF}}">
        <button type="submit" class="link-button">{{_ Marquer comme fait _}}<span class="visually-hidden"> : {{TITLE}}</span></button>
      </form>
{{/CAN_DONE}}    </li>
{{/TASK}}  </ul>
{{/HAS_TASKS}}
{{#NO_TASK}}  <p>{{_ Aucune tâche pour l'instant. _}}</p>{{/NO_TASK}}
{{#OWNER}}  <form method="post" action="/accompagnement/{{ID}}/taches" class="stack">
    <input type="hidden" name="_csrf" value="{{CSRF}}">
    <div class="field">
      <label for="field-title">{{_ Nouvelle tâche _}}</label>
      <span class="hint" id="title-hint">{{_ Par exemple : s'inscrire au Forem, demander l'équivalence, échanger le permis, atelier CV. _}}</span>
{{#TITLE_ERROR}}      <span class="field-error" id="title-error">{{MESSAGE}}</span>
{{/TITLE_ERROR}}      <input id="field-title" name="title" type="text" autocomplete="off" aria-describedby="title-hint{{#TITLE_ERROR}} title-error{{/TITLE_ERROR}}"{{#TITLE_ERROR}} aria-invalid="true"{{/TITLE_ERROR}}>
    </div>
    <div class="field">
      <label for="field-due">{{_ Pour le (facultatif) _}}</label>
{{#DUE_ERROR}}      <span class="field-error" id="due-error">{{MESSAGE}}</span>
{{/DUE_ERROR}}      <input id="field-due" name="due" type="date"{{#DUE_ERROR}} aria-invalid="true" aria-describedby="due-error"{{/DUE_ERROR}}>
    </div>
    <button type="submit" class="primary">{{_ Ajouter la tâche _}}</button>
  </form>{{/OWNER}}
</section>{{/JOURNEY}}
{{#HAS_PIVOTS}}<section aria-labelledby="h-pivots">
  <h2 id="h-pivots">{{_ Métiers proches accessibles _}}</h2>
  <p>{{_ L'ancien métier n'est pas accessible ici pour l'instant. Ces métiers demandent des compétences que la personne a déjà : _}}</p>
  <ul id="pivots">
{{#PIVOT}}    <li><a href="/metiers/{{CODE}}">{{LABEL}}</a> — {{_ compétences déjà acquises : _}} {{COVERAGE}} %{{#MISSING}} — {{_ à acquérir surtout : _}} {{MISSING_TEXT}}{{/MISSING}}</li>
{{/PIVOT}}  </ul>
</section>
{{/HAS_PIVOTS}}{{#DIPLOMAS_VISIBLE}}<section aria-labelledby="h-diplomas">
  <h2 id="h-diplomas">{{_ Diplômes et équivalences _}}</h2>
{{#HAS_DIPLOMAS}}  <ul id="diplomas">
{{#DIPLOMA}}    <li><strong>{{TITLE}}</strong> ({{LEVEL}}, {{COUNTRY}}{{#FIELD}}, {{FIELD_TEXT}}{{/FIELD}}) — {{STATUS}}{{#DECISION}} : {{DECISION_TEXT}}{{/DECISION}}{{#EQUIVALENT}} — {{EQUIVALENT_TEXT}}{{/EQUIVALENT}}{{#OPENS}} — {{_ ouvre le métier _}} {{OPENS_TEXT}}{{/OPENS}}{{#DATES}} ({{DATES_TEXT}}){{/DATES}}
{{#EDIT}}      <form method="post" action="/accompagnement/{{PERSON}}/diplomes/{{DIPLOMA_ID}}/statut" class="stack">
        <input type="hidden" name="_csrf" value="{{CSRF}}">
        <div class="field">
          <label for="field-status-{{DIPLOMA_ID}}">{{_ Nouvel état de la demande _}}</label>
          <select id="field-status-{{DIPLOMA_ID}}" name="status">
{{#STATUS_OPTION}}            <option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/STATUS_OPTION}}          </select>
        </div>
        <div class="field">
          <label for="field-decision-{{DIPLOMA_ID}}">{{_ Décision _}}</label>
          <select id="field-decision-{{DIPLOMA_ID}}" name="decision">
            <option value="">{{_ (pas encore) _}}</option>
{{#DECISION_OPTION}}            <option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/DECISION_OPTION}}          </select>
        </div>
        <div class="field">
          <label for="field-decided_on-{{DIPLOMA_ID}}">{{_ Date de la décision _}}</label>
          <input id="field-decided_on-{{DIPLOMA_ID}}" name="decided_on" type="date" value="{{DECIDED_ON}}">
        </div>
        <button type="submit">{{_ Mettre à jour la demande _}}<span class="visually-hidden"> : {{TITLE}}</span></button>
      </form>
{{/EDIT}}    </li>
{{/DIPLOMA}}  </ul>
{{/HAS_DIPLOMAS}}{{#NO_DIPLOMA}}  <p>{{_ Aucun diplôme enregistré. _}}</p>{{/NO_DIPLOMA}}
{{#DIPLOMA_FORM}}  <form method="post" action="/accompagnement/{{ID}}/diplomes" class="stack" novalidate>
    <input type="hidden" name="_csrf" value="{{CSRF}}">
    <fieldset>
      <legend>{{_ Ajouter un diplôme _}}</legend>
{{#DFIELD}}      <div class="field{{#COMBOBOX}} combobox{{/COMBOBOX}}"{{#COMBOBOX}} data-combobox="/api/v1/taxonomy/occupations" data-combobox-status="{{_ suggestions _}}"{{/COMBOBOX}}>
        <label for="field-{{NAME}}">{{LABEL}}</label>
{{#ERROR}}        <span class="field-error" id="{{NAME}}-error">{{MESSAGE}}</span>
{{/ERROR}}{{#IS_SELECT}}        <select id="field-{{NAME}}" name="{{NAME}}"{{#INVALID}} aria-invalid="true" aria-describedby="{{NAME}}-error"{{/INVALID}}>
{{#OPTION}}          <option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/OPTION}}        </select>
{{/IS_SELECT}}{{#IS_INPUT}}        <input id="field-{{NAME}}" name="{{NAME}}" type="{{TYPE}}" value="{{VALUE}}" autocomplete="off"{{#INVALID}} aria-invalid="true" aria-describedby="{{NAME}}-error"{{/INVALID}}>
{{/IS_INPUT}}      </div>
{{/DFIELD}}    </fieldset>
    <button type="submit" class="primary">{{_ Ajouter le diplôme _}}</button>
  </form>
{{/DIPLOMA_FORM}}</section>
{{/DIPLOMAS_VISIBLE}}
{{#OWNER}}
<section aria-labelledby="h-documents">
  <h2 id="h-documents">{{_ Documents _}}</h2>
{{#HAS_DOCUMENTS}}  <ul id="documents">
{{#DOCUMENT}}    <li><a href="/accompagnement/{{ID}}/documents/{{DOC_ID}}">{{FILENAME}}</a> — {{KIND}}, {{SIZE}}, {{AT}} <span class="muted">{{_ empreinte _}} {{SHA}}</span></li>
{{/DOCUMENT}}  </ul>
{{/HAS_DOCUMENTS}}{{#NO_DOCUMENT}}  <p>{{_ Aucun document. _}}</p>{{/NO_DOCUMENT}}
  <form method="post" action="/accompagnement/{{ID}}/documents" class="stack" enctype="multipart/form-data">
    <input type="hidden" name="_csrf" value="{{CSRF}}">
    <div class="field">
      <label for="field-document_kind">{{_ Type de document _}}</label>
      <select id="field-document_kind" name="kind">
{{#DOCUMENT_KIND}}        <option value="{{VALUE}}">{{LABEL}}</option>
{{/DOCUMENT_KIND}}      </select>
    </div>
    <div class="field">
      <label for="field-file">{{_ Fichier (PDF, PNG ou JPEG, 5 Mo au plus) _}}</label>
{{#FILE_ERROR}}      <span class="field-error" id="file-error">{{MESSAGE}}</span>
{{/FILE_ERROR}}      <input id="field-file" name="file" type="file" accept=".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg"{{#FILE_ERROR}} aria-invalid="true" aria-describedby="file-error"{{/FILE_ERROR}}>
    </div>
    <button type="submit" class="primary">{{_ Ajouter le document _}}</button>
  </form>
</section>
<section aria-labelledby="h-notes">
  <h2 id="h-notes">{{_ Notes _}}</h2>
{{#HAS_NOTES}}  <ul id="notes">
{{#NOTE}}    <li>{{#SENSITIVE}}<strong>{{_ Note sensible (lisible par votre organisation seulement) _}}</strong> — {{/SENSITIVE}}{{AT}}, {{AUTHOR}} : {{BODY}}</li>
{{/NOTE}}  </ul>
{{/HAS_NOTES}}{{#NO_NOTE}}  <p>{{_ Aucune note. _}}</p>{{/NO_NOTE}}
  <form method="post" action="/accompagnement/{{ID}}/notes" class="stack">
    <input type="hidden" name="_csrf" value="{{CSRF}}">
    <div class="field">
      <label for="field-body">{{_ Nouvelle note _}}</label>
{{#BODY_ERROR}}      <span class="field-error" id="body-error">{{MESSAGE}}</span>
{{/BODY_ERROR}}      <textarea id="field-body" name="body" rows="4"{{#BODY_ERROR}} aria-invalid="true" aria-describedby="body-error"{{/BODY_ERROR}}></textarea>
    </div>
    <div class="field checkbox">
      <input id="field-sensitive" name="sensitive" type="checkbox" value="1">
      <label for="field-sensitive">{{_ Note sensible : chiffrée, lisible par votre organisation seulement _}}</label>
    </div>
    <button type="submit" class="primary">{{_ Ajouter la note _}}</button>
  </form>
</section>
<section aria-labelledby="h-consents">
  <h2 id="h-consents">{{_ Consentements _}}</h2>
{{#HAS_CONSENTS}}  <ul id="consents">
{{#CONSENT}}    <li>{{KIND}} — {{_ donné le _}} {{GIVEN_ON}}{{#ON_PAPER}} ({{_ sur papier _}}){{/ON_PAPER}}, {{_ texte _}} {{VERSION}}{{#WITHDRAWN}} — <strong>{{_ retiré _}}</strong>{{/WITHDRAWN}}
{{#LIVE}}      <form method="post" action="/accompagnement/{{ID}}/consentements/{{CONSENT_ID}}/retirer" class="inline-form">
        <input type="hidden" name="_csrf" value="{{CSRF}}">
        <button type="submit" class="link-button">{{_ Retirer _}}<span class="visually-hidden"> : {{KIND}}</span></button>
      </form>
{{/LIVE}}    </li>
{{/CONSENT}}  </ul>
{{/HAS_CONSENTS}}{{#NO_CONSENT}}  <p>{{_ Aucun consentement enregistré. _}}</p>{{/NO_CONSENT}}
  <form method="post" action="/accompagnement/{{ID}}/consentements" class="stack">
    <input type="hidden" name="_csrf" value="{{CSRF}}">
    <div class="field">
      <label for="field-kind">{{_ Consentement à enregistrer _}}</label>
{{#KIND_ERROR}}      <span class="field-error" id="kind-error">{{MESSAGE}}</span>
{{/KIND_ERROR}}      <select id="field-kind" name="kind"{{#KIND_ERROR}} aria-invalid="true" aria-describedby="kind-error"{{/KIND_ERROR}}>
{{#KIND_OPTION}}        <option value="{{VALUE}}">{{LABEL}}</option>
{{/KIND_OPTION}}      </select>
    </div>
{{#CONSENT_TEXT}}    <p class="muted"><strong>{{LABEL}}</strong> : « {{TEXT}} »</p>
{{/CONSENT_TEXT}}    <div class="field">
      <label for="field-given_on">{{_ Donné le (vide : aujourd'hui) _}}</label>
{{#GIVEN_ON_ERROR}}      <span class="field-error" id="given_on-error">{{MESSAGE}}</span>
{{/GIVEN_ON_ERROR}}      <input id="field-given_on" name="given_on" type="date"{{#GIVEN_ON_ERROR}} aria-invalid="true" aria-describedby="given_on-error"{{/GIVEN_ON_ERROR}}>
    </div>
    <div class="field checkbox">
      <input id="field-on_paper" name="on_paper" type="checkbox" value="1">
      <label for="field-on_paper">{{_ Donné sur papier (la feuille signée est gardée au dossier) _}}</label>
    </div>
    <button type="submit" class="primary">{{_ Enregistrer le consentement _}}</button>
  </form>
</section>
<section aria-labelledby="h-shares">
  <h2 id="h-shares">{{_ Partages avec d'autres organisations _}}</h2>
{{#HAS_SHARES}}  <ul id="shares">
{{#SHARE}}    <li>{{ORG}} — {{PARTS}} — {{_ jusqu'au _}} {{ENDS_ON}}{{#ENDED}} — <strong>{{_ terminé _}}</strong>{{/ENDED}}
{{#OPEN_SHARE}}      <form method="post" action="/accompagnement/{{ID}}/partages/{{SHARE_ID}}/fin" class="inline-form">
        <input type="hidden" name="_csrf" value="{{CSRF}}">
        <button type="submit" class="link-button">{{_ Mettre fin au partage _}}<span class="visually-hidden"> : {{ORG}}</span></button>
      </form>
{{/OPEN_SHARE}}    </li>
{{/SHARE}}  </ul>
{{/HAS_SHARES}}{{#NO_SHARE}}  <p>{{_ Ce dossier n'est partagé avec personne. _}}</p>{{/NO_SHARE}}
  <form method="post" action="/accompagnement/{{ID}}/partages" class="stack">
    <input type="hidden" name="_csrf" value="{{CSRF}}">
    <div class="field">
      <label for="field-organisation">{{_ Partager avec _}}</label>
{{#ORGANISATION_ERROR}}      <span class="field-error" id="organisation-error">{{MESSAGE}}</span>
{{/ORGANISATION_ERROR}}      <select id="field-organisation" name="organisation"{{#ORGANISATION_ERROR}} aria-invalid="true" aria-describedby="organisation-error"{{/ORGANISATION_ERROR}}>
        <option value="">{{_ (choisir) _}}</option>
{{#ORG_OPTION}}        <option value="{{VALUE}}">{{LABEL}}</option>
{{/ORG_OPTION}}      </select>
    </div>
    <fieldset id="field-scope"{{#SCOPE_ERROR}} aria-invalid="true" aria-describedby="scope-error"{{/SCOPE_ERROR}}>
      <legend>{{_ Parties du dossier à montrer _}}</legend>
{{#SCOPE_ERROR}}      <span class="field-error" id="scope-error">{{MESSAGE}}</span>
{{/SCOPE_ERROR}}{{#PART}}      <div class="field checkbox">
        <input id="field-scope-{{VALUE}}" name="scope" type="checkbox" value="{{VALUE}}">
        <label for="field-scope-{{VALUE}}">{{LABEL}}</label>
      </div>
{{/PART}}    </fieldset>
    <div class="field">
      <label for="field-ends_on">{{_ Jusqu'au _}}</label>
{{#ENDS_ON_ERROR}}      <span class="field-error" id="ends_on-error">{{MESSAGE}}</span>
{{/ENDS_ON_ERROR}}      <input id="field-ends_on" name="ends_on" type="date"{{#ENDS_ON_ERROR}} aria-invalid="true" aria-describedby="ends_on-error"{{/ENDS_ON_ERROR}}>
    </div>
    <button type="submit" class="primary">{{_ Partager _}}</button>
  </form>
</section>
<section aria-labelledby="h-account">
  <h2 id="h-account">{{_ Accès de la personne à son dossier _}}</h2>
{{#LINKED}}  <p>{{_ Relié au compte : _}} <strong id="linked-account">{{LINKED_NAME}}</strong></p>{{/LINKED}}
{{#NOT_LINKED}}  <p>{{_ La personne n'a pas encore accès à son dossier. Invitez-la (compte candidat), puis reliez son compte ici. _}}</p>
  <form method="post" action="/accompagnement/{{ID}}/compte" class="stack">
    <input type="hidden" name="_csrf" value="{{CSRF}}">
    <div class="field">
      <label for="field-account">{{_ Compte de la personne _}}</label>
{{#ACCOUNT_ERROR}}      <span class="field-error" id="account-error">{{MESSAGE}}</span>
{{/ACCOUNT_ERROR}}      <select id="field-account" name="account"{{#ACCOUNT_ERROR}} aria-invalid="true" aria-describedby="account-error"{{/ACCOUNT_ERROR}}>
        <option value="">{{_ (choisir) _}}</option>
{{#ACCOUNT_OPTION}}        <option value="{{VALUE}}">{{LABEL}}</option>
{{/ACCOUNT_OPTION}}      </select>
    </div>
    <button type="submit" class="primary">{{_ Relier le compte _}}</button>
  </form>
{{/NOT_LINKED}}</section>
<section aria-labelledby="h-erase">
  <h2 id="h-erase">{{_ Effacer les données personnelles _}}</h2>
  <p>{{_ À la demande de la personne (droit à l'effacement) : le dossier ne garde que ce que les statistiques anonymes demandent (étapes, métiers visés, dates). Personne ne pourra plus l'ouvrir. Exportez-le d'abord si la personne le souhaite. _}}</p>
  <form method="post" action="/accompagnement/{{ID}}/effacer" class="stack">
    <input type="hidden" name="_csrf" value="{{CSRF}}">
    <div class="field checkbox">
{{#CONFIRM_ERROR}}      <span class="field-error" id="confirm-error">{{MESSAGE}}</span>
{{/CONFIRM_ERROR}}      <input id="field-confirm" name="confirm" type="checkbox" value="1"{{#CONFIRM_ERROR}} aria-invalid="true" aria-describedby="confirm-error"{{/CONFIRM_ERROR}}>
      <label for="field-confirm">{{_ Je confirme : effacer définitivement les données personnelles de ce dossier _}}</label>
    </div>
    <button type="submit">{{_ Effacer les données _}}</button>
  </form>
</section>
{{/OWNER}}
