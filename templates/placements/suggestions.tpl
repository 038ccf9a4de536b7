{{%AUTOESCAPE context="HTML"}}
{{#FOR_PERSON}}<p><a href="/accompagnement/{{PERSON_ID}}">{{_ Retour au dossier _}}</a></p>
<h1>{{_ Offres proposables _}}</h1>
<p class="lead">{{_ Les offres publiées qui correspondent le mieux à ce dossier, avec l'explication du moteur. Rien ne part chez l'employeur sans votre vérification. _}}</p>{{/FOR_PERSON}}
{{#FOR_OFFER}}<h1>{{_ Personnes à proposer _}}</h1>
<p class="lead">{{_ Les personnes qui correspondent le mieux à cette offre, avec l'explication du moteur (pour la coordination : sous pseudonyme, parmi celles qui ont accepté d'être visibles). _}} <a href="/offres/{{OFFER_ID}}">{{_ Voir l'offre _}}</a></p>{{/FOR_OFFER}}
{{#ERRORS}}<div class="error-summary" role="alert">
  <h2>{{_ La proposition n'est pas partie : _}}</h2>
  <ul>{{#ERROR}}<li>{{MESSAGE}}</li>{{/ERROR}}</ul>
</div>{{/ERRORS}}
{{#NONE}}<p>{{_ Aucune suggestion pour l'instant. _}}</p>{{/NONE}}
{{#SOME}}<ol class="suggestions">
{{#SUGGESTION}}  <li id="suggestion-{{KEY}}" class="card">
    <h2>{{TITLE}}</h2>
    {{#HAS_PLACE}}<p>{{PLACE}}</p>{{/HAS_PLACE}}
    {{#NEAR_MISS}}<p class="notice">{{_ Presque : une condition de l'offre n'est pas remplie. _}}</p>{{/NEAR_MISS}}
    {{#NO_CONSENT}}<p class="notice">{{_ Pas de consentement « Profil anonyme visible par des employeurs » : enregistrez-le avant de proposer. _}}</p>{{/NO_CONSENT}}
    <ul class="explanation">
{{#SENTENCE}}      <li class="{{KIND}}">{{TEXT}}</li>
{{/SENTENCE}}    </ul>
    {{#OFFER_LINK}}<p><a href="/propositions/offre/{{OFFER_ID}}">{{_ D'autres personnes pour cette offre _}}</a></p>{{/OFFER_LINK}}
    {{#CAN_PROPOSE}}<form method="post" action="/propositions/nouvelle" class="stack">
      <input type="hidden" name="_csrf" value="{{CSRF}}">
      <input type="hidden" name="person_id" value="{{PERSON_ID}}">
      <input type="hidden" name="offer_id" value="{{OFFER_ID}}">
      <input type="hidden" name="from" value="{{FROM}}">
      <div class="field"><label><input type="checkbox" name="checked" value="1"> {{_ J'ai vérifié ce profil pour cette offre _}}</label></div>
      {{#NEAR_MISS}}<div class="field"><label><input type="checkbox" name="confirm_near_miss" value="1"> {{_ Je le propose quand même, en connaissance de cause _}}</label></div>{{/NEAR_MISS}}
      <button type="submit" class="primary">{{_ Proposer _}}</button>
    </form>{{/CAN_PROPOSE}}
  </li>
{{/SUGGESTION}}</ol>{{/SOME}}
