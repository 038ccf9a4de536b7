{{%AUTOESCAPE context="HTML"}}
<p class="lead">{{_ La loi interdit de choisir un candidat selon sa nationalité, son origine, sa couleur de peau, sa religion, son âge, son sexe, un handicap ou d'autres critères protégés. Voici comment rédiger une offre et mener un recrutement équitables. _}}</p>
<h2>{{_ Dans l'offre _}}</h2>
<ul>
  <li>{{_ Demandez un niveau de français (par exemple A2 à l'oral), pas le « français langue maternelle » : exiger une langue maternelle est une discrimination indirecte. _}}</li>
  <li>{{_ Ne fixez pas d'âge, ne visez pas un sexe, ne demandez ni nationalité ni photo. PrimoWork signale ces mentions à la coordination avant de publier une offre. _}}</li>
  <li>{{_ Décrivez les tâches et les compétences vraiment nécessaires ; demandez un permis de conduire seulement si le poste l'exige. _}}</li>
  <li>{{_ Ne demandez jamais d'argent à un candidat. _}}</li>
</ul>
<h2>{{_ Pendant le recrutement _}}</h2>
<ul>
  <li>{{_ Jugez sur les compétences : un essai pratique ou un stage en dit souvent plus qu'un CV. _}}</li>
  <li>{{_ Sur PrimoWork, les candidatures arrivent anonymisées et expliquées : vous voyez les compétences, pas l'identité, jusqu'à l'accord de la personne. _}}</li>
  <li>{{_ Le seul critère lié au séjour que vous pouvez vérifier est le droit de travailler, indiqué par la mention « Marché du travail » sur la carte. _}}</li>
  <li>{{_ Ne gardez que les données utiles au recrutement, et effacez vite celles d'une personne qui le demande. _}}</li>
</ul>
<p>{{_ Un doute sur une formulation ou une pratique ? Demandez un accompagnement. _}}</p>
