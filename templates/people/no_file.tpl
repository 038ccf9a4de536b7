{{%AUTOESCAPE context="HTML"}}
<h1>{{_ Mon dossier _}}</h1>
<p>{{_ Aucun dossier n'est relié à votre compte. Votre conseiller peut le relier : parlez-lui. _}}</p>
