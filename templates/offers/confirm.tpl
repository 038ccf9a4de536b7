{{%AUTOESCAPE context="HTML"}}
<h1>{{_ Confirmer votre offre _}}</h1>
<p class="lead">{{_ Un clic pour confirmer que vous avez bien proposé cette offre. Ce lien ne sert qu'une fois. _}}</p>
<form method="post" action="/offres/confirmer/{{TOKEN}}" class="stack">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <button type="submit" class="primary">{{_ Confirmer l'offre _}}</button>
</form>
