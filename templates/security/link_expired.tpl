{{%AUTOESCAPE context="HTML"}}
<h1>{{_ Lien expiré _}}</h1>
<p class="lead">{{MESSAGE}}</p>
<p><a href="/mot-de-passe-oublie">{{_ Demander un nouveau lien _}}</a> · <a href="/">{{_ Retour à l'accueil _}}</a></p>
