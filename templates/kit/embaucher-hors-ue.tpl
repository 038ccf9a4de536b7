{{%AUTOESCAPE context="HTML"}}
<p class="lead">{{_ Cette page résume les règles en vigueur en Wallonie. Elles changent souvent : pour un cas précis, vérifiez auprès du SPW Emploi ou demandez un accompagnement. _}}</p>
<h2>{{_ Regardez la carte de séjour _}}</h2>
<ul>
  <li>{{_ Depuis 2019, chaque titre de séjour belge porte la mention « Marché du travail » : illimité, limité ou non. C'est elle qui dit si la personne peut travailler. _}}</li>
  <li>{{_ Illimité : la personne peut travailler pour n'importe quel employeur, dans n'importe quel métier, sans permis. C'est le cas, par exemple, des réfugiés reconnus et des bénéficiaires de la protection subsidiaire. _}}</li>
  <li>{{_ Limité : la personne peut travailler seulement dans les limites prévues, par exemple pour un seul employeur et une seule fonction (permis unique limité), ou 20 heures par semaine pendant l'année scolaire (étudiant). _}}</li>
  <li>{{_ Non : la personne ne peut pas travailler comme salariée pour le moment. _}}</li>
  <li>{{_ Ne vous fiez ni à la nationalité ni au pays d'origine : seule la mention sur la carte compte. Gardez une copie du document dans le dossier du travailleur et notez sa date de fin de validité. _}}</li>
</ul>
<h2>{{_ Le permis unique _}}</h2>
<ul>
  <li>{{_ Pour engager pour plus de 90 jours une personne qui n'a pas encore le droit de travailler, l'employeur demande un permis unique à la Région wallonne (SPW Emploi), qui transmet ensuite le dossier à l'Office des étrangers. Le permis unique donne à la fois le séjour et le droit de travailler. _}}</li>
  <li>{{_ Le permis unique limité vaut pour un employeur et une fonction. L'employeur le renouvelle chaque année. Pour changer d'employeur, le nouvel employeur doit faire une nouvelle demande. _}}</li>
  <li>{{_ Attention : le séjour de la personne dépend de ce permis. Un renouvellement en retard peut lui faire perdre son droit de séjour. Quand le contrat prend fin, l'employeur doit prévenir la Région. _}}</li>
  <li>{{_ Depuis le 1er septembre 2024, l'employeur doit montrer qu'il ne trouve personne sur place : le métier est sur la liste des métiers en pénurie du Forem, ou l'offre a été publiée quatre semaines sans succès. Le contrat doit aussi couvrir les frais de voyage et les frais médicaux. _}}</li>
  <li>{{_ Le délai de traitement est en principe de 120 jours. _}}</li>
</ul>
<h2>{{_ Le PFI (plan formation-insertion) _}}</h2>
<ul>
  <li>{{_ Le PFI du Forem permet de former une personne dans l'entreprise pendant 4 à 26 semaines (jusqu'à 52 semaines pour certains publics), avec un contrat entre l'employeur, la personne et le Forem. _}}</li>
  <li>{{_ La personne doit être inscrite comme demandeuse d'emploi au Forem, ce qui suppose le droit de travailler en Belgique. Elle garde ses allocations ; l'employeur lui verse chaque mois une prime d'encouragement et paie ses frais de déplacement. _}}</li>
  <li>{{_ À la fin du PFI, l'employeur doit engager la personne tout de suite, dans le métier appris, au salaire du secteur, en CDI ou en CDD au moins aussi long que le PFI. _}}</li>
</ul>
<h2>{{_ Les diplômes obtenus à l'étranger _}}</h2>
<ul>
  <li>{{_ Pour la plupart des emplois du secteur privé, une équivalence de diplôme n'est pas nécessaire : jugez les compétences. _}}</li>
  <li>{{_ Elle est obligatoire pour les professions réglementées (infirmier, médecin, enseignant, architecte…) et souvent demandée dans le secteur public. Pour un diplôme de santé obtenu hors de l'Union européenne, il faut l'équivalence, puis un enregistrement ou un agrément, puis un visa du SPF Santé publique. _}}</li>
  <li>{{_ La demande se fait auprès de la Fédération Wallonie-Bruxelles et prend plusieurs mois. Elle est gratuite pour les réfugiés et les bénéficiaires de la protection subsidiaire ou temporaire. _}}</li>
</ul>
<p class="muted">{{_ Ces informations sont un résumé et ne remplacent pas un avis juridique. _}}</p>
