{{%AUTOESCAPE context="HTML"}}
<h1>{{_ Propositions _}}</h1>
{{#SAVED}}<p class="success" role="status">{{_ C'est enregistré. _}}</p>{{/SAVED}}
{{#ACTION_ERROR}}<div class="error-summary" role="alert"><p>{{ERROR_TEXT}}</p></div>{{/ACTION_ERROR}}
{{#HAS_PROPOSALS}}<div class="table-wrap"><table id="proposals">
  <thead><tr><th scope="col">{{_ Offre _}}</th><th scope="col">{{_ Candidature _}}</th><th scope="col">{{_ Étape _}}</th><th scope="col">{{_ La suite _}}</th></tr></thead>
  <tbody>
{{#PROPOSAL}}    <tr id="proposal-{{ID}}" data-state="{{STATE_CODE}}">
      <td><a href="/propositions/{{ID}}">{{OFFER}}</a> — {{COMPANY}}</td>
      <td>{{WHO}}</td>
      <td>{{STATE}}</td>
      <td>{{#WAITING}}<strong class="waiting">{{_ À vous d'agir : _}}</strong> {{/WAITING}}{{NEXT}}</td>
    </tr>
{{/PROPOSAL}}  </tbody>
</table></div>{{/HAS_PROPOSALS}}
{{#NO_PROPOSAL}}<p>{{_ Aucune proposition pour l'instant. _}}</p>{{/NO_PROPOSAL}}
{{#COUNSELLOR}}<section aria-labelledby="h-follow-ups">
  <h2 id="h-follow-ups">{{_ Suivis après embauche _}}</h2>
{{#NO_FOLLOW_UP}}  <p>{{_ Aucun suivi à faire. _}}</p>{{/NO_FOLLOW_UP}}
{{#HAS_FOLLOW_UPS}}  <ul class="follow-ups">
{{#FOLLOW_UP}}    <li id="follow-up-{{ID}}" data-months="{{MONTHS}}">
      <p><a href="/propositions/{{PROPOSAL}}">{{_ Suivi à _}} {{MONTHS}} {{_ mois _}}</a> — {{_ prévu le _}} {{DUE}}{{#DUE_NOW}} <strong>{{_ (à faire) _}}</strong>{{/DUE_NOW}}</p>
      <form method="post" action="/propositions/suivis/{{ID}}" class="stack">
        <input type="hidden" name="_csrf" value="{{CSRF}}">
        <div class="field">
          <label for="fu-{{ID}}-status">{{_ Situation _}}</label>
          <select id="fu-{{ID}}-status" name="status">
{{#STATUS_OPTION}}            <option value="{{VALUE}}">{{LABEL}}</option>
{{/STATUS_OPTION}}          </select>
        </div>
        <div class="field">
          <label for="fu-{{ID}}-contract">{{_ Nouveau contrat (si le contrat a changé) _}}</label>
          <select id="fu-{{ID}}-contract" name="contract_type">
            <option value="">—</option>
{{#CONTRACT_OPTION}}            <option value="{{VALUE}}">{{LABEL}}</option>
{{/CONTRACT_OPTION}}          </select>
        </div>
        <div class="field">
          <label for="fu-{{ID}}-end">{{_ Raison de la fin (si le contrat a pris fin) _}}</label>
          <select id="fu-{{ID}}-end" name="end_reason">
            <option value="">—</option>
{{#END_OPTION}}            <option value="{{VALUE}}">{{LABEL}}</option>
{{/END_OPTION}}          </select>
        </div>
        <div class="field">
          <label for="fu-{{ID}}-note">{{_ Note _}}</label>
          <textarea id="fu-{{ID}}-note" name="note" rows="2"></textarea>
        </div>
        <button type="submit">{{_ Enregistrer le suivi _}}</button>
      </form>
    </li>
{{/FOLLOW_UP}}  </ul>{{/HAS_FOLLOW_UPS}}
</section>{{/COUNSELLOR}}
