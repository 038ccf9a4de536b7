{{%AUTOESCAPE context="HTML"}}
<h1>{{_ Trop de tentatives _}}</h1>
<p class="lead">{{_ Pour protéger les comptes, les essais sont suspendus pendant {{MINUTES}} minute(s). Réessayez ensuite. _}}</p>
<p><a href="/mot-de-passe-oublie">{{_ Mot de passe oublié ? _}}</a></p>
