{{%AUTOESCAPE context="HTML"}}
<h1>{{_ Invitation pour {{DISPLAY_NAME}} _}}</h1>
<p class="lead">{{_ Compte : {{ROLE}}. Valable jusqu'au {{EXPIRES}}, une seule fois. _}}</p>
{{#MAILED}}<div class="success" role="status"><p>{{_ Un e-mail avec ce lien part vers : _}} {{EMAIL}}</p></div>
{{/MAILED}}
<p class="no-print">{{_ Ce lien et ce code ne seront plus affichés : imprimez cette page (Ctrl+P) ou transmettez-les maintenant. _}}</p>
<div class="qr"><img src="{{QR:none}}" alt="{{_ Code QR de l'invitation : il ouvre le lien ci-dessous _}}"></div>
<p>{{_ Lien : _}} <span class="break-all" id="invitation-link">{{LINK}}</span></p>
<p>{{_ Ou, sur la page « J'ai un code d'invitation », saisissez le code : _}}</p>
<p class="code-box" id="invitation-code">{{CODE}}</p>
<p class="no-print"><a href="/invitations/nouvelle">{{_ Inviter une autre personne _}}</a></p>
