{{%AUTOESCAPE context="HTML"}}
<h1>{{_ Mon compte _}}</h1>
{{#HAS_NOTICE}}<div class="success" role="status"><p>{{NOTICE}}</p></div>
{{/HAS_NOTICE}}
<p>{{_ Identifiant : _}} <strong>{{LOGIN}}</strong> · {{_ Adresse e-mail : _}} {{EMAIL}}</p>

<h2>{{_ Langue _}}</h2>
<form method="post" action="/compte/langue" class="stack">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div class="field">
    <label for="field-language">{{_ Langue de l'interface _}}</label>
    <select id="field-language" name="language">
      <option value="" {{#NO_PREFERENCE}}selected{{/NO_PREFERENCE}}>{{_ Selon mon navigateur _}}</option>
{{#LANGUAGE}}      <option value="{{CODE}}" lang="{{CODE}}" {{#IS_SELECTED}}selected{{/IS_SELECTED}}>{{NAME}}</option>
{{/LANGUAGE}}    </select>
  </div>
  <button type="submit" class="secondary">{{_ Enregistrer _}}</button>
</form>

<h2>{{_ Mot de passe _}}</h2>
<p><a href="/compte/mot-de-passe">{{_ Changer mon mot de passe _}}</a></p>

<h2>{{_ Double authentification _}}</h2>
{{#SECOND_FACTOR_ON}}
<p>{{_ La double authentification est activée. Codes de secours restants : _}} {{REMAINING}}</p>
<form method="post" action="/compte/double-authentification/desactiver" class="stack">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div class="field">
    <label for="field-disable-password">{{_ Mot de passe actuel, pour désactiver _}}</label>
    <input id="field-disable-password" name="password" type="password" autocomplete="current-password">
  </div>
  <button type="submit" class="secondary">{{_ Désactiver la double authentification _}}</button>
</form>
{{/SECOND_FACTOR_ON}}
{{#SECOND_FACTOR_OFF}}
<p>{{_ La double authentification n'est pas activée. Elle protège votre compte même si votre mot de passe est volé. _}}</p>
<p><a class="button" href="/compte/double-authentification">{{_ Activer la double authentification _}}</a></p>
{{/SECOND_FACTOR_OFF}}

<h2>{{_ Jetons d'accès à l'API _}}</h2>
<p class="muted">{{_ Les jetons sont créés par un administrateur en ligne de commande. Révoquez ceux que vous n'utilisez plus. _}}</p>
{{#NO_TOKENS}}<p>{{_ Aucun jeton. _}}</p>
{{/NO_TOKENS}}
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="tokens-caption">
<table>
  <caption class="muted" id="tokens-caption">{{_ Vos jetons _}}</caption>
  <thead><tr><th scope="col">{{_ Nom _}}</th><th scope="col">{{_ Créé le _}}</th><th scope="col">{{_ Dernier usage _}}</th><th scope="col">{{_ État _}}</th></tr></thead>
  <tbody>
{{#TOKEN}}
    <tr>
      <td>{{TOKEN_NAME}}</td><td>{{CREATED}}</td><td>{{LAST_USED}}</td>
      <td>{{#REVOKED}}{{_ Révoqué _}}{{/REVOKED}}{{#LIVE}}<form method="post" action="/compte/jetons/{{TOKEN_ID}}/revoquer" class="inline-form"><input type="hidden" name="_csrf" value="{{CSRF}}"><button type="submit" class="secondary">{{_ Révoquer _}} <span class="visually-hidden">{{TOKEN_NAME}}</span></button></form>{{/LIVE}}</td>
    </tr>
{{/TOKEN}}
  </tbody>
</table>
</div>
