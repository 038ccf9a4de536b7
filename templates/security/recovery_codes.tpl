{{%AUTOESCAPE context="HTML"}}
<h1>{{_ Codes de secours _}}</h1>
<div class="success" role="status"><p>{{_ La double authentification est activée. _}}</p></div>
<p class="lead">{{_ Gardez ces 10 codes en lieu sûr (imprimés ou notés). Chacun permet une seule connexion si vous n'avez plus votre téléphone. Ils ne seront plus affichés. _}}</p>
<ul class="codes" id="recovery-codes">
{{#RECOVERY_CODE}}  <li><code>{{CODE}}</code></li>
{{/RECOVERY_CODE}}</ul>
<p><a class="button" href="/tableau-de-bord">{{_ J'ai noté mes codes, continuer _}}</a></p>
