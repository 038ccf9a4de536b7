{{%AUTOESCAPE context="HTML"}}
<script type="application/ld+json">{{JSON_LD:none}}</script>
<p><a href="/offres">{{_ Toutes les offres _}}</a></p>
<h1>{{TITLE}}</h1>
<p class="lead">{{COMPANY}}</p>
{{#MATCHES}}<p><a class="button" id="offer-matches" href="/propositions/offre/{{OFFER_ID}}">{{_ Personnes à proposer _}}</a></p>{{/MATCHES}}
<section aria-labelledby="h-facts">
  <h2 id="h-facts">{{_ Le poste _}}</h2>
  <dl>
{{#ROW}}    <dt>{{LABEL}}</dt><dd>{{VALUE}}</dd>
{{/ROW}}  </dl>
</section>
{{#SKILLS}}<section aria-labelledby="h-skills">
  <h2 id="h-skills">{{_ Compétences demandées _}}</h2>
  <ul>{{#SKILL}}<li>{{LABEL}}</li>{{/SKILL}}</ul>
</section>{{/SKILLS}}
{{#HAS_DESCRIPTION}}<section aria-labelledby="h-description">
  <h2 id="h-description">{{_ Description _}}</h2>
  <p class="prewrap">{{DESCRIPTION}}</p>
</section>{{/HAS_DESCRIPTION}}
<p>{{_ Publiée le _}} {{POSTED}} — {{_ valable jusqu'au _}} {{VALID}}</p>
<p>{{_ Pour postuler, passez par votre conseiller ou conseillère en insertion : l'employeur reçoit une candidature accompagnée. _}}</p>
