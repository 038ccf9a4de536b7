{{%AUTOESCAPE context="HTML"}}
<p><a href="/accompagnement">{{_ Mes dossiers _}}</a></p>
<h1>{{NAME}}</h1>
{{#CREATED}}<p class="success" role="status">{{_ Le dossier est créé. _}}</p>{{/CREATED}}
{{#SAVED}}<p class="success" role="status">{{_ Modifications enregistrées. _}}</p>{{/SAVED}}
{{#DUPLICATE}}<div class="notice" role="status"><p>{{DUPLICATE_TEXT}}</p>{{#SAME_ORG}}<ul>{{#OTHER}}<li><a href="/accompagnement/{{ID}}">{{_ Voir l'autre dossier _}}</a></li>{{/OTHER}}</ul>{{/SAME_ORG}}</div>{{/DUPLICATE}}
{{#URGENT}}<div class="notice" role="alert"><p><strong>{{URGENT_TEXT}}</strong></p></div>{{/URGENT}}
<p><a class="button" href="/accompagnement/{{ID}}/modifier">{{_ Modifier le dossier _}}</a></p>
{{#SECTION}}<section aria-labelledby="h-{{SID}}">
  <h2 id="h-{{SID}}">{{TITLE}}</h2>
  <dl>
{{#ROW}}    <dt>{{LABEL}}</dt><dd>{{VALUE}}</dd>
{{/ROW}}  </dl>
</section>
{{/SECTION}}
<section aria-labelledby="h-journey">
  <h2 id="h-journey">{{_ Parcours _}}</h2>
  <p>{{_ Étape actuelle : _}} <strong id="current-stage">{{STAGE}}</strong></p>
{{#STAGE_ERROR}}  <span class="field-error" id="stage-error">{{MESSAGE}}</span>
{{/STAGE_ERROR}}  <form method="post" action="/accompagnement/{{ID}}/etape" class="stack">
    <input type="hidden" name="_csrf" value="{{CSRF}}">
    <div class="field">
      <label for="field-stage">{{_ Passer à l'étape _}}</label>
      <select id="field-stage" name="stage">
{{#STAGE_OPTION}}        <option value="{{VALUE}}">{{LABEL}}</option>
{{/STAGE_OPTION}}      </select>
    </div>
    <button type="submit" class="primary">{{_ Changer d'étape _}}</button>
  </form>
  <h3>{{_ Historique _}}</h3>
  <ol>
{{#LOG}}    <li>{{AT}} : {{FROM}} → {{TO}}</li>
{{/LOG}}  </ol>
</section>
<section aria-labelledby="h-tasks">
  <h2 id="h-tasks">{{_ Plan d'action _}}</h2>
{{#HAS_TASKS}}  <ul id="tasks">
{{#TASK}}    <li>{{#DONE}}<s>{{/DONE}}{{TITLE}}{{#DONE}}</s> ({{_ fait _}}){{/DONE}}{{#DUE}} — {{_ pour le _}} {{DUE_DATE}}{{/DUE}}{{#LATE}} <strong>({{_ en retard _}})</strong>{{/LATE}}
{{#OPEN}}      <form method="post" action="/accompagnement/{{PERSON}}/taches/{{TASK_ID}}/fait" class="inline-form">
        <input type="hidden" name="_csrf" value="{{CSRF}}">
        <button type="submit" class="link-button">{{_ Marquer comme fait _}}<span class="visually-hidden"> : {{TITLE}}</span></button>
      </form>
{{/OPEN}}    </li>
{{/TASK}}  </ul>
{{/HAS_TASKS}}
{{#NO_TASK}}  <p>{{_ Aucune tâche pour l'instant. _}}</p>{{/NO_TASK}}
  <form method="post" action="/accompagnement/{{ID}}/taches" class="stack">
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
  </form>
</section>
