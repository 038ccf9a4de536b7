{{%AUTOESCAPE context="HTML"}}
<h1>{{_ Mot de passe changé _}}</h1>
<div class="success" role="status"><p>{{_ Votre mot de passe a été changé. Pour votre sécurité, toutes vos sessions ouvertes ont été fermées. _}}</p></div>
<p><a class="button" href="/connexion">{{_ Se connecter _}}</a></p>
