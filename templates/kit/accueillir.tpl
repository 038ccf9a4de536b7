{{%AUTOESCAPE context="HTML"}}
<p class="lead">{{_ Une bonne arrivée fait gagner des mois. Ces conseils valent pour toute nouvelle recrue ; ils comptent encore plus pour une personne qui découvre la Belgique, ses habitudes de travail et parfois la langue. _}}</p>
<h2>{{_ Avant l'arrivée _}}</h2>
<ul>
  <li>{{_ Choisissez dans l'équipe une personne de référence, un parrain ou une marraine, disponible pendant les premières semaines. _}}</li>
  <li>{{_ Préparez le poste, les vêtements de travail, les accès et les documents à signer. Envoyez à l'avance l'horaire, l'adresse et le trajet en transports en commun. _}}</li>
  <li>{{_ Prévenez l'équipe : qui arrive, pour quel poste, et qui répondra à ses questions. _}}</li>
</ul>
<h2>{{_ Le premier jour _}}</h2>
<ul>
  <li>{{_ Accueillez la personne vous-même. Présentez l'équipe et les lieux : vestiaires, salle de pause, consignes de sécurité, sorties de secours. _}}</li>
  <li>{{_ Expliquez les règles écrites et celles qui ne le sont pas : horaires, pauses, comment prévenir d'un retard ou d'une absence, à qui s'adresser. _}}</li>
  <li>{{_ Donnez peu d'informations à la fois. Pour vérifier qu'elles sont comprises, demandez de montrer ou de redire avec ses mots, plutôt que « Vous avez compris ? ». _}}</li>
</ul>
<h2>{{_ Les premières semaines _}}</h2>
<ul>
  <li>{{_ Prévoyez un court entretien chaque semaine pendant le premier mois : ce qui va bien, ce qui est difficile. _}}</li>
  <li>{{_ Les habitudes de travail changent d'un pays à l'autre : la façon de dire non, de poser une question à un responsable, de tutoyer. Un malentendu n'est pas un manque de respect : parlez-en simplement, sans attendre. _}}</li>
  <li>{{_ Les règles de sécurité et d'organisation sont les mêmes pour tous ; en dehors d'elles, laissez à chacun ses façons de faire. _}}</li>
  <li>{{_ La personne a parfois des démarches à faire : commune, titre de séjour, cours de français, parcours d'intégration. Un peu de souplesse dans l'horaire, quand c'est possible, aide beaucoup. _}}</li>
</ul>
<p>{{_ Le conseiller qui accompagne la personne reste disponible après l'embauche. En cas de difficulté, contactez-le ou demandez un accompagnement à la coordination. _}}</p>
