{{%AUTOESCAPE context="HTML"}}
<h1>{{HEADING}}</h1>
<p class="lead" id="message">{{MESSAGE}}</p>
<p><a href="/offres">{{_ Voir les offres d'emploi _}}</a></p>
