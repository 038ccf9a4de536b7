{{%AUTOESCAPE context="HTML"}}
<h1>{{_ Demande envoyée _}}</h1>
<div class="success" role="status" id="support-sent">
  <p>{{_ Merci. La coordination a reçu votre demande et vous répond par e-mail dès que possible. _}}</p>
</div>
<ul>
  <li><a href="/entreprises/kit">{{_ Retour au kit interculturel _}}</a></li>
  <li><a href="/entreprises">{{_ Retour à l'espace entreprises _}}</a></li>
</ul>
