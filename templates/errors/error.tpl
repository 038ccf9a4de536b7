{{%AUTOESCAPE context="HTML"}}
<h1>{{HEADING}}</h1>
<p class="lead">{{MESSAGE}}</p>
<p class="muted">{{_ Code d'erreur : _}} {{STATUS}} · {{_ Référence : _}} <code>{{REQUEST_ID}}</code></p>
<p><a href="/">{{_ Retour à l'accueil _}}</a></p>
