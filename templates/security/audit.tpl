{{%AUTOESCAPE context="HTML"}}
<h1>{{_ Journal d'audit _}}</h1>
<form method="get" action="/audit">
  <fieldset>
    <legend>{{_ Filtrer _}}</legend>
    <div class="filters">
      <div class="field">
        <label for="field-acteur">{{_ Qui (identifiant) _}}</label>
        <input id="field-acteur" name="acteur" type="text" value="{{ACTOR}}">
      </div>
      <div class="field">
        <label for="field-action">{{_ Action (ex. login, password.) _}}</label>
        <input id="field-action" name="action" type="text" value="{{ACTION}}">
      </div>
      <div class="field">
        <label for="field-resultat">{{_ Résultat _}}</label>
        <select id="field-resultat" name="resultat">
          <option value="">{{_ Tous _}}</option>
          <option value="success" {{#SEL_success}}selected{{/SEL_success}}>{{_ Réussi _}}</option>
          <option value="failure" {{#SEL_failure}}selected{{/SEL_failure}}>{{_ Échoué _}}</option>
          <option value="denied" {{#SEL_denied}}selected{{/SEL_denied}}>{{_ Refusé _}}</option>
        </select>
      </div>
      <div class="field">
        <label for="field-du">{{_ Du _}}</label>
        <input id="field-du" name="du" type="date" value="{{FROM}}">
      </div>
      <div class="field">
        <label for="field-au">{{_ Au _}}</label>
        <input id="field-au" name="au" type="date" value="{{TO}}">
      </div>
    </div>
    <button type="submit" class="secondary">{{_ Filtrer _}}</button>
  </fieldset>
</form>
{{#EMPTY}}<p>{{_ Aucune entrée pour ces filtres. _}}</p>
{{/EMPTY}}
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="audit-caption">
<table>
  <caption class="muted" id="audit-caption">{{_ Les entrées les plus récentes d'abord (heures en UTC) _}}</caption>
  <thead><tr><th scope="col">{{_ Quand _}}</th><th scope="col">{{_ Qui _}}</th><th scope="col">{{_ D'où _}}</th><th scope="col">{{_ Action _}}</th><th scope="col">{{_ Ressource _}}</th><th scope="col">{{_ Résultat _}}</th><th scope="col">{{_ Détail _}}</th></tr></thead>
  <tbody>
{{#ENTRY}}    <tr><td>{{AT}}</td><td>{{WHO}}</td><td>{{ADDRESS}}</td><td>{{WHAT}}</td><td>{{RESOURCE}}</td><td>{{OUTCOME}}</td><td>{{DETAIL}}</td></tr>
{{/ENTRY}}  </tbody>
</table>
</div>
<nav aria-label="{{_ Pages du journal _}}">
{{#PREV}}<a href="{{PREV_URL}}">{{_ Plus récentes _}}</a>{{/PREV}}
{{#NEXT}}<a href="{{NEXT_URL}}">{{_ Plus anciennes _}}</a>{{/NEXT}}
</nav>
