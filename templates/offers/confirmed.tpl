{{%AUTOESCAPE context="HTML"}}
<h1>{{_ Offre confirmée _}}</h1>
<p class="success" role="status" id="confirmed">{{MESSAGE}}</p>
{{#FLAGS}}<div class="notice">
  <p>{{_ La coordination regardera en particulier ces points de l'annonce : _}}</p>
  <ul id="flags">{{#FLAG}}<li>{{LABEL}}</li>{{/FLAG}}</ul>
</div>{{/FLAGS}}
{{#PUBLISHED}}<p><a href="/offres/{{ID}}">{{_ Voir l'offre publiée _}}</a></p>{{/PUBLISHED}}
