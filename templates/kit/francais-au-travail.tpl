{{%AUTOESCAPE context="HTML"}}
<p class="lead">{{_ Le niveau de français se mesure sur une échelle européenne, de A1 (débutant) à C2 (très avancé). Beaucoup de métiers s'exercent très bien avec un niveau A2 ou B1, surtout quand l'équipe aide un peu. _}}</p>
<h2>{{_ Des consignes claires _}}</h2>
<ul>
  <li>{{_ Faites des phrases courtes, une consigne à la fois, et gardez toujours les mêmes mots pour les mêmes choses. _}}</li>
  <li>{{_ Montrez le geste en même temps que vous l'expliquez. Les photos, les pictogrammes et les listes à cocher aident tout le monde. _}}</li>
  <li>{{_ Écrivez les consignes importantes, surtout pour la sécurité et l'hygiène, et faites-les redire ou montrer. _}}</li>
  <li>{{_ Évitez l'argot, les abréviations et l'ironie : ils se comprennent mal dans une autre langue. _}}</li>
</ul>
<h2>{{_ Le vocabulaire du métier _}}</h2>
<ul>
  <li>{{_ Préparez une liste des mots utiles au poste : outils, produits, lieux, horaires. La personne peut l'apprendre avec son formateur de français. _}}</li>
  <li>{{_ Des cours de français langue étrangère (FLE) tournés vers un métier existent à Liège. Hospi'Jobs, par exemple, associe le français du métier à un stage à l'hôpital. _}}</li>
</ul>
<h2>{{_ Du temps et de la patience _}}</h2>
<ul>
  <li>{{_ Travailler dans une langue qu'on apprend fatigue : laissez le temps de répondre et acceptez les erreurs. _}}</li>
  <li>{{_ Parler plus lentement aide ; parler plus fort n'aide pas. _}}</li>
  <li>{{_ Un accent ou une faute de grammaire ne disent rien des compétences professionnelles. _}}</li>
</ul>
<p>{{_ Pour organiser des cours, des consignes illustrées ou un lexique du métier, demandez un accompagnement. _}}</p>
