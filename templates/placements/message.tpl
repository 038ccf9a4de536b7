{{%AUTOESCAPE context="HTML"}}
<h1>{{HEADING}}</h1>
<p class="lead" id="message">{{MESSAGE}}</p>
<p><a href="/propositions">{{_ Voir mes propositions _}}</a></p>
