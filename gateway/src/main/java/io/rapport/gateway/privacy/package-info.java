/**
 * The HTTP API of privacy: a student's export and disclosures, and erasing personal data (of a
 * contact or a student) by crypto-shredding.
 */
package io.rapport.gateway.privacy;
