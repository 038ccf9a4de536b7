{{%AUTOESCAPE context="HTML"}}
<h1>{{_ Mes offres _}}</h1>
<p class="lead">{{COMPANY}} — {{_ statut de l'entreprise : _}} <strong id="company-status">{{COMPANY_STATUS}}</strong></p>
{{#NOT_APPROVED}}<div class="notice"><p>{{_ Tant que l'IBEFE Liège n'a pas validé l'entreprise, chaque offre est vérifiée avant d'être publiée. _}}</p></div>{{/NOT_APPROVED}}
{{#SAVED}}<p class="success" role="status">{{_ C'est enregistré. _}}</p>{{/SAVED}}
{{#ACTION_ERROR}}<div class="error-summary" role="alert"><p>{{ERROR_TEXT}}</p></div>{{/ACTION_ERROR}}
<p><a class="button" href="/offres/publier">{{_ Publier une nouvelle offre _}}</a></p>
<p><a href="/entreprises/fiche">{{_ Fiche de l'entreprise _}}</a> · <a href="/entreprises/collegues">{{_ Mes collègues _}}</a></p>
<p>{{_ Une question sur un permis, l'accueil d'une recrue ou le français au travail ? _}} <a href="/entreprises/kit">{{_ Le kit interculturel _}}</a> · <a class="button" href="/entreprises/demande-accompagnement">{{_ Demander un accompagnement _}}</a></p>
{{#HAS_OFFERS}}<div class="table-wrap"><table>
  <thead><tr><th scope="col">{{_ Offre _}}</th><th scope="col">{{_ État _}}</th><th scope="col">{{_ Lieu _}}</th><th scope="col">{{_ Propositions reçues _}}</th><th scope="col">{{_ Actions _}}</th></tr></thead>
  <tbody>
{{#OFFER}}    <tr id="offer-{{ID}}" data-status="{{STATUS_CODE}}">
      <td>{{#PUBLIC}}<a href="/offres/{{ID}}">{{TITLE}}</a>{{/PUBLIC}}{{#NOT_PUBLIC}}{{TITLE}}{{/NOT_PUBLIC}}</td>
      <td>{{STATUS}}{{#PUBLIC}} ({{_ jusqu'au _}} {{VALID}}){{/PUBLIC}}</td>
      <td>{{PLACE}}</td>
      <td class="proposals"><a href="/propositions">{{PROPOSALS}}<span class="visually-hidden"> {{_ propositions pour _}} {{TITLE}}</span></a>{{#PROPOSALS_WAITING}} — <strong>{{WAITING}} {{_ attendent votre réponse _}}</strong>{{/PROPOSALS_WAITING}}</td>
      <td>{{#EDITABLE}}<a href="/entreprises/offres/{{ID}}/modifier">{{_ Modifier _}}<span class="visually-hidden"> {{TITLE}}</span></a>{{/EDITABLE}}
{{#ACTION}}        <form method="post" action="/entreprises/offres/{{ID}}/action" class="inline">
          <input type="hidden" name="_csrf" value="{{CSRF}}">
          <input type="hidden" name="decision" value="{{CODE}}">
          <button type="submit">{{LABEL}}</button>
        </form>
{{/ACTION}}      </td>
    </tr>
{{/OFFER}}  </tbody>
</table></div>{{/HAS_OFFERS}}
{{#NO_OFFER}}<p>{{_ Aucune offre pour l'instant. _}}</p>{{/NO_OFFER}}
