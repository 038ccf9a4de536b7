{{%AUTOESCAPE context="HTML"}}
<h1>{{_ Dossier introuvable _}}</h1>
<p>{{MESSAGE}}</p>
<p><a href="/accompagnement">{{_ Mes dossiers _}}</a></p>
